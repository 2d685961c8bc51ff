using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// A stop order's trigger was hit by a trade at or through its stop price: it now works as a market order (Stop) or a
/// limit order (StopLimit), with new time priority; fills follow as separate events. FIX 4.4 has no ExecType for a
/// trigger (5.0 added L Triggered): an adapter may report it as ExecType D Restated or leave it out.
/// </summary>
public sealed record OrderTriggered(ExecId ExecId, UnixNanos Timestamp, OrderState Order)
    : ExecutionEvent(ExecId, Timestamp, Order);
