using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// The new order was refused and nothing changed (ExecType 8 Rejected, OrdStatus 8, OrdRejReason, Text).
/// <see cref="ExecutionEvent.Order"/> echoes the request with status Rejected and a venue order id of its own.
/// </summary>
public sealed record OrderRejected(ExecId ExecId, UnixNanos Timestamp, OrderState Order, OrderRejectReason Reason, string Text)
    : ExecutionEvent(ExecId, Timestamp, Order);
