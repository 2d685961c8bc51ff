using System.Collections.Immutable;

namespace OrleansTrading.Abstractions.Orders;

[GenerateSerializer, Immutable, Alias("ot.OrderPage")]
public sealed record OrderPage(
    [property: Id(0)] ImmutableArray<OrderView> Orders,
    [property: Id(1)] string? NextPageToken);
