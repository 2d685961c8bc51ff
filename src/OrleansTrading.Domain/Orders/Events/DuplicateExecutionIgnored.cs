using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>An execution report whose ExecID was already applied arrived again; nothing changed.</summary>
public sealed record DuplicateExecutionIgnored(
    ClientOrderId OrderId,
    ExecId ExecId,
    bool PossDup,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
