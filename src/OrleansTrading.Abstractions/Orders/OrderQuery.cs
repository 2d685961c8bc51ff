using System.Collections.Immutable;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;

namespace OrleansTrading.Abstractions.Orders;

/// <summary>Filters for listing an account's orders; null or empty means any. Pages run in creation order.</summary>
[GenerateSerializer, Immutable, Alias("ot.OrderQuery")]
public sealed record OrderQuery(
    [property: Id(0)] InstrumentId? Instrument = null,
    [property: Id(1)] StrategyId? Strategy = null,
    [property: Id(2)] ImmutableArray<OrderStatus> Statuses = default,
    [property: Id(3)] bool OpenOnly = false,
    [property: Id(4)] int PageSize = 100,
    [property: Id(5)] string? PageToken = null);
