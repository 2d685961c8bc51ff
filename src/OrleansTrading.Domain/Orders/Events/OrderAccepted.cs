using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>The venue acknowledged the order (ExecType New).</summary>
public sealed record OrderAccepted(
    ClientOrderId OrderId,
    ExecId ExecId,
    VenueOrderId? VenueOrderId,
    UnixNanos TsEvent,
    UnixNanos TsInit)
    : OrderEvent(OrderId, TsEvent, TsInit);
