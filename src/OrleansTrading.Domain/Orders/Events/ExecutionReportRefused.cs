using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>An execution report could not be applied (invalid transition, unknown order, unsupported correction…); nothing changed.</summary>
public sealed record ExecutionReportRefused(
    ClientOrderId OrderId,
    ExecId ExecId,
    ExecType ExecType,
    string Code,
    string Reason,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
