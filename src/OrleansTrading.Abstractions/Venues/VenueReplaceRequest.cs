using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Venues;

/// <summary>A cancel/replace (FIX OrderCancelReplaceRequest) with the full new order terms.</summary>
[GenerateSerializer, Immutable, Alias("ot.VenueReplaceRequest")]
public sealed record VenueReplaceRequest(
    [property: Id(0)] string OrderKey,
    [property: Id(1)] InstrumentId Instrument,
    [property: Id(2)] ClientOrderId VenueClientOrderId,
    [property: Id(3)] ClientOrderId OrigVenueClientOrderId,
    [property: Id(4)] VenueOrderId? VenueOrderId,
    [property: Id(5)] OrderSide Side,
    [property: Id(6)] OrderType Type,
    [property: Id(7)] Quantity Quantity,
    [property: Id(8)] Price? LimitPrice,
    [property: Id(9)] Price? StopPrice,
    [property: Id(10)] TimeInForce TimeInForce);
