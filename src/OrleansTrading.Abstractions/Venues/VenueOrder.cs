using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Venues;

/// <summary>
/// An order as handed to a venue gateway (becomes a FIX NewOrderSingle). <see cref="OrderKey"/> routes the
/// venue's reports back to the order grain; <see cref="VenueClientOrderId"/> is the ClOrdID on the wire.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.VenueOrder")]
public sealed record VenueOrder(
    [property: Id(0)] string OrderKey,
    [property: Id(1)] AccountId Account,
    [property: Id(2)] InstrumentId Instrument,
    [property: Id(3)] ClientOrderId VenueClientOrderId,
    [property: Id(4)] OrderSide Side,
    [property: Id(5)] OrderType Type,
    [property: Id(6)] Quantity Quantity,
    [property: Id(7)] Price? LimitPrice,
    [property: Id(8)] Price? StopPrice,
    [property: Id(9)] TimeInForce TimeInForce,
    [property: Id(10)] UnixNanos? ExpireTime,
    [property: Id(11)] UnixNanos SentAt);
