using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>A fill would take CumQty above the order quantity. It was not applied; an operator must reconcile with the venue.</summary>
public sealed record OverfillDetected(
    ClientOrderId OrderId,
    ExecId ExecId,
    Quantity OrderQty,
    Quantity CumQty,
    Quantity LastQty,
    Price LastPx,
    Quantity VenueCumQty,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
