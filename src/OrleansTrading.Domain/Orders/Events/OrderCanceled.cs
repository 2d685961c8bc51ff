using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>The order is canceled (terminal). <paramref name="ExecId"/> is null when we canceled it before it was sent.</summary>
public sealed record OrderCanceled(
    ClientOrderId OrderId,
    ExecId? ExecId,
    Quantity CumQty,
    string? Text,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
