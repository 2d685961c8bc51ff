using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>A late report would have moved the status backwards (e.g. New after a fill); it was recorded but did not change the order.</summary>
public sealed record StaleExecutionIgnored(
    ClientOrderId OrderId,
    ExecId ExecId,
    ExecType ExecType,
    OrderStatus ReportedStatus,
    OrderStatus Status,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
