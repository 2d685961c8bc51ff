using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// The order now has the requested quantity and prices and a new ClOrdID (ExecType 5 Replaced; OrdStatus stays New
/// or PartiallyFilled). Fills follow as separate events when the new price crosses the book.
/// </summary>
/// <param name="KeptPriority">True when the order kept its place in the queue (same prices, quantity not increased).</param>
public sealed record OrderReplaced(ExecId ExecId, UnixNanos Timestamp, OrderState Order, bool KeptPriority)
    : ExecutionEvent(ExecId, Timestamp, Order);
