namespace OrleansTrading.Domain.Risk;

/// <summary>Initial margin of an instrument: a rate of notional or an amount per contract (quote currency).</summary>
public readonly record struct MarginRequirement(MarginBasis Basis, decimal Amount)
{
    /// <summary>No margin: the instrument does not count towards margin utilisation.</summary>
    public static readonly MarginRequirement None = new(MarginBasis.RateOfNotional, 0m);

    public static MarginRequirement RateOfNotional(decimal rate) => new(MarginBasis.RateOfNotional, rate);

    public static MarginRequirement PerContract(decimal amount) => new(MarginBasis.PerContract, amount);

    /// <summary>Margin for <paramref name="quantity"/> (unsigned) at <paramref name="price"/>, in the quote currency.</summary>
    public decimal For(decimal quantity, decimal price, decimal multiplier) => Basis == MarginBasis.PerContract
        ? quantity * Amount
        : quantity * Math.Abs(price) * multiplier * Amount;
}
