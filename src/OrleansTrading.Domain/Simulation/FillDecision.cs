using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Simulation;

/// <summary>
/// What the fill model decided for one order on one tick.
/// </summary>
/// <param name="StopTriggered">The stop price was reached on this tick (the caller records it; the order now works as market or limit).</param>
/// <param name="Quantity">The quantity filled now; zero for no fill. Never more than the order's leaves quantity.</param>
/// <param name="Price">The fill price, slippage included; meaningless when <see cref="Quantity"/> is zero.</param>
/// <param name="Liquidity">Taker or maker.</param>
/// <param name="CancelRemainder">IOC/FOK: whatever is left after this fill is cancelled.</param>
public readonly record struct FillDecision(bool StopTriggered, Quantity Quantity, Price Price, LiquiditySide Liquidity, bool CancelRemainder)
{
    public bool HasFill => Quantity.IsPositive;

    internal static FillDecision NoFill(bool stopTriggered, bool cancelRemainder) =>
        new(stopTriggered, Quantity.Zero, Price.Zero, LiquiditySide.Taker, cancelRemainder);
}
