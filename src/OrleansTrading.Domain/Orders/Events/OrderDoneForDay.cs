using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>The venue will execute nothing more on this order today.</summary>
public sealed record OrderDoneForDay(
    ClientOrderId OrderId,
    ExecId ExecId,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
