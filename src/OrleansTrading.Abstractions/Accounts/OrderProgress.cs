using System.Collections.Immutable;
using OrleansTrading.Abstractions.Orders;

namespace OrleansTrading.Abstractions.Accounts;

/// <summary>
/// An order tells its account what happened to it: its numbered changes not yet confirmed by the account,
/// its current view and record. The account journals each order version once (re-sends are ignored) with the record
/// as the order's journal entry, updates its open-order exposure and position copy from the fills, and hands the
/// fills to the position.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.OrderProgress")]
public sealed record OrderProgress(
    [property: Id(0)] OrderView Order,
    [property: Id(1)] ImmutableArray<OrderChange> Changes,
    [property: Id(2)] OrderRecord? Record = null);

/// <summary>One numbered change of an order (its version), with the fill it carried, if any.</summary>
[GenerateSerializer, Immutable, Alias("ot.OrderChange")]
public sealed record OrderChange(
    [property: Id(0)] int Version,
    [property: Id(1)] OrderEventKind Kind,
    [property: Id(2)] OrleansTrading.Domain.Orders.OrderStatus Status,
    [property: Id(3)] OrderFillView? Fill,
    [property: Id(4)] string? Text,
    [property: Id(5)] OrleansTrading.Domain.Time.UnixNanos TsEvent);
