namespace OrleansTrading.Domain.Portfolio;

/// <summary>
/// PnL and notional totals in one currency. Notional is net quantity × mark × multiplier per position;
/// <see cref="GrossNotional"/> adds their absolute values, <see cref="NetNotional"/> their signed values.
/// </summary>
public readonly record struct CurrencyTotals(
    decimal RealisedPnlGross,
    decimal Commissions,
    decimal UnrealisedPnl,
    decimal GrossNotional,
    decimal NetNotional)
{
    /// <summary>Realised PnL after commissions.</summary>
    public decimal RealisedPnlNet => RealisedPnlGross - Commissions;

    /// <summary>Realised (after commissions) plus unrealised PnL.</summary>
    public decimal TotalPnlNet => RealisedPnlNet + UnrealisedPnl;

    public static CurrencyTotals operator +(CurrencyTotals left, CurrencyTotals right) => new(
        left.RealisedPnlGross + right.RealisedPnlGross,
        left.Commissions + right.Commissions,
        left.UnrealisedPnl + right.UnrealisedPnl,
        left.GrossNotional + right.GrossNotional,
        left.NetNotional + right.NetNotional);

    /// <summary>Every amount multiplied by <paramref name="rate"/> (an FX conversion).</summary>
    public CurrencyTotals Scale(decimal rate) => new(
        RealisedPnlGross * rate, Commissions * rate, UnrealisedPnl * rate, GrossNotional * rate, NetNotional * rate);
}
