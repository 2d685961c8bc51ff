using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>A suspended or done-for-day order works again, with status <paramref name="Status"/>.</summary>
public sealed record OrderResumed(
    ClientOrderId OrderId,
    ExecId ExecId,
    OrderStatus Status,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
