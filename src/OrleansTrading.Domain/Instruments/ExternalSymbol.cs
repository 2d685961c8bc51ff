using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Domain.Instruments;

/// <summary>
/// A symbol as one source spells it: the source (a venue MIC such as <c>XNAS</c>, a broker, or a data vendor such as
/// <c>BLOOMBERG</c>) and its symbol (<c>AAPL</c>, <c>AAPL US Equity</c>). Both are compared ordinally, case-sensitive.
/// The source follows identifier rules (printable ASCII, no spaces); the symbol may contain inner spaces.
/// </summary>
public readonly record struct ExternalSymbol
{
    public ExternalSymbol(string source, string symbol)
    {
        Source = Identifier.Validate(source, "SymbolSource");
        Symbol = ValidateSymbol(symbol);
    }

    public string Source { get; }

    public string Symbol { get; }

    public override string ToString() => $"{Source}:{Symbol}";

    private static string ValidateSymbol(string? symbol)
    {
        if (string.IsNullOrEmpty(symbol))
        {
            throw new ArgumentException("A symbol is required.", nameof(symbol));
        }

        if (symbol.Length > 128)
        {
            throw new ArgumentException($"Symbol '{symbol[..20]}…' is {symbol.Length} characters long; at most 128 are allowed.", nameof(symbol));
        }

        if (symbol[0] == ' ' || symbol[^1] == ' ')
        {
            throw new ArgumentException($"Symbol '{symbol}' has leading or trailing spaces; trim it.", nameof(symbol));
        }

        foreach (var c in symbol)
        {
            if (c is < ' ' or > '~')
            {
                throw new ArgumentException($"Symbol contains a character that is not printable ASCII (code {(int)c}).", nameof(symbol));
            }
        }

        return symbol;
    }
}
