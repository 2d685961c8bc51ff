using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>The venue refused a replace request; the order keeps its previous ClOrdID, quantity and prices. <paramref name="Status"/> as in <see cref="CancelRejected"/>.</summary>
public sealed record ReplaceRejected(
    ClientOrderId OrderId,
    ClientOrderId ClientOrderId,
    CancelRejectReason Reason,
    string? Text,
    OrderStatus? VenueStatus,
    OrderStatus Status,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
