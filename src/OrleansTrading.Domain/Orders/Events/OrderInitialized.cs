using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>The platform accepted the request and created the order (status Initialized). <paramref name="ExpiresAt"/> is when a Day or GTD order expires (null for GTC, IOC, FOK).</summary>
public sealed record OrderInitialized(
    ClientOrderId OrderId,
    OrderSpecification Specification,
    UnixNanos? ExpiresAt,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
