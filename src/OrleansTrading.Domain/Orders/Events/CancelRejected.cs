using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>The venue refused a cancel request. <paramref name="Status"/> is the order's status afterwards: the status before the request when it was pending, unchanged when the reject came late (e.g. after the order filled).</summary>
public sealed record CancelRejected(
    ClientOrderId OrderId,
    ClientOrderId ClientOrderId,
    CancelRejectReason Reason,
    string? Text,
    OrderStatus? VenueStatus,
    OrderStatus Status,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
