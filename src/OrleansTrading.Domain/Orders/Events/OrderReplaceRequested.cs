using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>We asked the venue to replace (→ PendingReplace); null values stay unchanged.</summary>
public sealed record OrderReplaceRequested(
    ClientOrderId OrderId,
    ClientOrderId ClientOrderId,
    ClientOrderId OrigClientOrderId,
    Quantity? Quantity,
    Price? LimitPrice,
    Price? StopPrice,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
