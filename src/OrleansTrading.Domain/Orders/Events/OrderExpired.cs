using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>The order expired (terminal): reported by the venue, or its Day/GTD expiry passed (<paramref name="ExecId"/> null).</summary>
public sealed record OrderExpired(
    ClientOrderId OrderId,
    ExecId? ExecId,
    Quantity CumQty,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
