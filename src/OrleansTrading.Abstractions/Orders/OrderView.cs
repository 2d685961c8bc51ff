using System.Collections.Immutable;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Orders;

/// <summary>An order as clients see it. <see cref="Version"/> counts the order's events; it only grows.</summary>
[GenerateSerializer, Immutable, Alias("ot.OrderView")]
public sealed record OrderView(
    [property: Id(0)] AccountId Account,
    [property: Id(1)] StrategyId Strategy,
    [property: Id(2)] InstrumentId Instrument,
    [property: Id(3)] ClientOrderId ClientOrderId,
    [property: Id(4)] ClientOrderId VenueClientOrderId,
    [property: Id(5)] VenueOrderId? VenueOrderId,
    [property: Id(6)] VenueId Venue,
    [property: Id(7)] OrderSide Side,
    [property: Id(8)] OrderType Type,
    [property: Id(9)] TimeInForce TimeInForce,
    [property: Id(10)] Quantity Quantity,
    [property: Id(11)] Price? LimitPrice,
    [property: Id(12)] Price? StopPrice,
    [property: Id(13)] UnixNanos? ExpireTime,
    [property: Id(14)] OrderStatus Status,
    [property: Id(15)] Quantity FilledQuantity,
    [property: Id(16)] Quantity LeavesQuantity,
    [property: Id(17)] Price? AveragePrice,
    [property: Id(18)] string? Text,
    [property: Id(19)] UnixNanos CreatedAt,
    [property: Id(20)] UnixNanos UpdatedAt,
    [property: Id(21)] int Version,
    [property: Id(22)] ImmutableArray<OrderFillView> Fills)
{
    public bool IsOpen => Status is not (OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired or OrderStatus.DoneForDay);
}
