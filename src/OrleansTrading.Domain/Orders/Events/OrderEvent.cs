using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Orders.Events;

/// <summary>
/// Something that happened to one order. Every event names the order by its identity (the original ClOrdID, the
/// OrderGrain's key) and carries <see cref="TsEvent"/> (when it happened: the venue's TransactTime, or the time our
/// command was given) and <see cref="TsInit"/> (when the platform saw it), both UTC nanoseconds.
/// </summary>
public abstract record OrderEvent(ClientOrderId OrderId, UnixNanos TsEvent, UnixNanos TsInit);
