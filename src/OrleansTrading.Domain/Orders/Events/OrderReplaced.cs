using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>A replace took effect: the order now has ClOrdID <paramref name="ClientOrderId"/> and these values.</summary>
public sealed record OrderReplaced(
    ClientOrderId OrderId,
    ExecId? ExecId,
    ClientOrderId ClientOrderId,
    ClientOrderId OrigClientOrderId,
    Quantity Quantity,
    Price? LimitPrice,
    Price? StopPrice,
    OrderStatus Status,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
