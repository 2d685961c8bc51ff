using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>The order is about to be handed to the venue (Initialized → PendingNew); persisted before it is sent.</summary>
public sealed record OrderSubmitted(
    ClientOrderId OrderId,
    ClientOrderId ClientOrderId,
    VenueId Venue,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
