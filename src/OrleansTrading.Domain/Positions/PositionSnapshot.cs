using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Positions;

/// <summary>
/// Everything a <see cref="Position"/> needs to be restored exactly: its running totals and the ids of every fill
/// it has applied (the exactly-once record). Money amounts are in <see cref="Currency"/> with the multiplier applied.
/// </summary>
/// <param name="OpenCost">Signed cost basis of the open quantity (positive long, negative short for positive prices).</param>
/// <param name="RealisedPnlGross">Realised PnL before commissions.</param>
/// <param name="Commissions">Cumulative commissions paid (rebates negative).</param>
/// <param name="AppliedFillIds">Ids of the applied fills the position remembers (all of them, unless its <see cref="FillIdMemory"/> is bounded), in the order it recorded them.</param>
public sealed record PositionSnapshot(
    PositionKey Key,
    Currency Currency,
    decimal Multiplier,
    decimal NetQuantity,
    decimal OpenCost,
    decimal RealisedPnlGross,
    decimal Commissions,
    IReadOnlyList<FillId> AppliedFillIds)
{
    /// <summary>Realised PnL after commissions.</summary>
    public decimal RealisedPnlNet => RealisedPnlGross - Commissions;

    /// <summary>Total cash flow of the applied fills: Σ(−signed quantity × price × multiplier − commission).</summary>
    public decimal CashFlow => RealisedPnlGross - OpenCost - Commissions;

    /// <summary>Signed value of the open quantity at <paramref name="mark"/>: net quantity × mark × multiplier.</summary>
    public decimal MarkValue(Price mark) => NetQuantity * mark.Value * Multiplier;

    /// <summary>Open PnL at <paramref name="mark"/>: mark value − open cost.</summary>
    public decimal UnrealisedPnl(Price mark) => MarkValue(mark) - OpenCost;
}
