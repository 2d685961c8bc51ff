namespace OrleansTrading.Domain.Positions;

/// <summary>
/// The effect of one trade on a position. A fill that crosses through flat is split: <see cref="ClosedQuantity"/>
/// realises PnL against the old average open price, <see cref="OpenedQuantity"/> opens at the fill price.
/// All money amounts are in the instrument's quote currency with the multiplier applied.
/// </summary>
/// <param name="NetQuantityBefore">Signed net quantity before the trade.</param>
/// <param name="NetQuantityAfter">Signed net quantity after the trade.</param>
/// <param name="ClosedQuantity">Unsigned quantity that reduced the old position (0 when the trade only adds).</param>
/// <param name="OpenedQuantity">Unsigned quantity that added to, or opened, a position at the fill price.</param>
/// <param name="RealisedPnlGross">PnL realised by the closing part, before commission.</param>
/// <param name="Commission">Commission charged on the trade (negative for a rebate).</param>
/// <param name="TradeCash">Cash effect of the trade before commission: −signed quantity × price × multiplier.</param>
public readonly record struct PositionChange(
    decimal NetQuantityBefore,
    decimal NetQuantityAfter,
    decimal ClosedQuantity,
    decimal OpenedQuantity,
    decimal RealisedPnlGross,
    decimal Commission,
    decimal TradeCash)
{
    /// <summary>Cash effect of the trade after commission: <see cref="TradeCash"/> − <see cref="Commission"/>.</summary>
    public decimal CashFlow => TradeCash - Commission;

    /// <summary>PnL realised by the trade after its commission.</summary>
    public decimal RealisedPnlNet => RealisedPnlGross - Commission;

    /// <summary>True when the trade went from long to short or from short to long in one step.</summary>
    public bool Reversed => NetQuantityBefore != 0m && NetQuantityAfter != 0m
        && Math.Sign(NetQuantityBefore) != Math.Sign(NetQuantityAfter);
}
