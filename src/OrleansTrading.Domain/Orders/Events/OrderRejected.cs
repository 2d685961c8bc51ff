using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>The order was refused, by the platform before sending or by the venue (terminal).</summary>
public sealed record OrderRejected(
    ClientOrderId OrderId,
    RejectionSource Source,
    string Reason,
    ExecId? ExecId,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
