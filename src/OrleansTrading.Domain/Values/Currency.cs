namespace OrleansTrading.Domain.Values;

/// <summary>An ISO 4217-style currency code: three upper-case ASCII letters.</summary>
public readonly record struct Currency
{
    public static readonly Currency Usd = new("USD");
    public static readonly Currency Eur = new("EUR");
    public static readonly Currency Gbp = new("GBP");
    public static readonly Currency Jpy = new("JPY");

    public Currency(string code)
    {
        if (code is not { Length: 3 } || !code.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"Currency code '{code}' must be three upper-case letters, such as USD.", nameof(code));
        }

        Code = code;
    }

    public string Code { get; }

    public override string ToString() => Code;
}
