using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>The venue changed the order on its own (ExecType Restated); the values are the order's after the change.</summary>
public sealed record OrderRestated(
    ClientOrderId OrderId,
    ExecId ExecId,
    Quantity Quantity,
    Price? LimitPrice,
    Price? StopPrice,
    OrderStatus Status,
    string? Text,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
