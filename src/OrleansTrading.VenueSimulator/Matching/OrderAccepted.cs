using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>The order is on the venue (ExecType 0 New, OrdStatus 0 New). Fills, if any, follow as separate events.</summary>
public sealed record OrderAccepted(ExecId ExecId, UnixNanos Timestamp, OrderState Order)
    : ExecutionEvent(ExecId, Timestamp, Order);
