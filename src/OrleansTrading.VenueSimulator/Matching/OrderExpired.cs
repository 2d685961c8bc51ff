using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>The order's time ran out (ExecType C Expired, OrdStatus C, LeavesQty 0).</summary>
public sealed record OrderExpired(ExecId ExecId, UnixNanos Timestamp, OrderState Order, ExpiryReason Reason)
    : ExecutionEvent(ExecId, Timestamp, Order);
