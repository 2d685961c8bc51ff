using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>An execution was applied. <paramref name="Fill"/> is what the position applies; <paramref name="Status"/> is the order status afterwards (it stays Canceled or Expired for a late fill on a closed order).</summary>
public sealed record OrderFilled(
    ClientOrderId OrderId,
    Fill Fill,
    ExecId ExecId,
    Quantity CumQty,
    Quantity LeavesQty,
    Price AvgPx,
    OrderStatus Status,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
