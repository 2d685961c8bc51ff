using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Simulation;

/// <summary>
/// A simulated execution outcome for one order on one tick, which the paper venue or backtester turns into
/// execution reports. When <see cref="Quantity"/> is zero there is no fill, but <see cref="StopTriggered"/> and
/// <see cref="CancelRemainder"/> may still need reporting.
/// </summary>
/// <param name="StopTriggered">The stop was reached on this tick.</param>
/// <param name="Quantity">Filled quantity (≤ the order's leaves quantity); zero for no fill.</param>
/// <param name="Price">Fill price, slippage included.</param>
/// <param name="Fee">The commission of this fill, in the quote currency (per-order schedule, see <see cref="IFeeModel"/>).</param>
/// <param name="Liquidity">Taker or maker.</param>
/// <param name="VenueTime">When the fill happened at the venue.</param>
/// <param name="ReportTime">When its report reaches the client (venue time + latency).</param>
/// <param name="CancelRemainder">IOC/FOK: the rest of the order is cancelled now.</param>
public readonly record struct ExecutionProposal(
    bool StopTriggered,
    Quantity Quantity,
    Price Price,
    Money Fee,
    LiquiditySide Liquidity,
    UnixNanos VenueTime,
    UnixNanos ReportTime,
    bool CancelRemainder)
{
    public bool HasFill => Quantity.IsPositive;
}
