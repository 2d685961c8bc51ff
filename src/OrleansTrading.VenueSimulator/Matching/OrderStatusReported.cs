using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// The answer to an order status or mass status request (ExecType I Order Status, OrdStatus from the order). It changes
/// nothing on the order; it takes an ExecId so that every report the venue sends has a distinct one.
/// </summary>
public sealed record OrderStatusReported(ExecId ExecId, UnixNanos Timestamp, OrderState Order)
    : ExecutionEvent(ExecId, Timestamp, Order);
