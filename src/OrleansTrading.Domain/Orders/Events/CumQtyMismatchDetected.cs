using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>The venue's CumQty disagrees with the fills this order has seen (<paramref name="CumQty"/> plus <paramref name="LastQty"/>): fills are missing or doubled. The quantity was not applied; reconciliation must find the missing executions.</summary>
public sealed record CumQtyMismatchDetected(
    ClientOrderId OrderId,
    ExecId ExecId,
    Quantity CumQty,
    Quantity LastQty,
    Quantity VenueCumQty,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
