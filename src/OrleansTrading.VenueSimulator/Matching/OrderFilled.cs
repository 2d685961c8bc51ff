using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// One fill of the order (ExecType F Trade; LastQty, LastPx, CumQty, LeavesQty, AvgPx from <see cref="ExecutionEvent.Order"/>).
/// A match in the book produces two of these with the same <see cref="TradeId"/>, one per side, each naming the other
/// side's order and participant. A fill made by a behaviour outside the book has no contra order.
/// </summary>
/// <param name="Price">The resting (maker) order's price for a match in the book.</param>
public sealed record OrderFilled(
    ExecId ExecId,
    UnixNanos Timestamp,
    OrderState Order,
    Quantity Quantity,
    Price Price,
    TradeId TradeId,
    LiquiditySide Liquidity,
    VenueOrderId? ContraOrderId,
    ParticipantId? ContraParticipant)
    : ExecutionEvent(ExecId, Timestamp, Order);
