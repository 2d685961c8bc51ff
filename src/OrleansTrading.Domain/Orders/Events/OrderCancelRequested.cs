using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>We asked the venue to cancel (→ PendingCancel). <paramref name="ClientOrderId"/> is the cancel request's own ClOrdID.</summary>
public sealed record OrderCancelRequested(
    ClientOrderId OrderId,
    ClientOrderId ClientOrderId,
    ClientOrderId OrigClientOrderId,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
