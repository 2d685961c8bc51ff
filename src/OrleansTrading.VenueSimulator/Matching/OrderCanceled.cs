using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// The order, or its unfilled remainder, is canceled (ExecType 4 Canceled, LeavesQty 0). For a client's request the
/// order's ClOrdID is the request's and OrigClOrdID the one it replaced.
/// </summary>
public sealed record OrderCanceled(ExecId ExecId, UnixNanos Timestamp, OrderState Order, CancelReason Reason)
    : ExecutionEvent(ExecId, Timestamp, Order);
