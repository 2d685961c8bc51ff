using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Venues;

/// <summary>A cancel (FIX OrderCancelRequest) for the order currently known to the venue as <see cref="OrigVenueClientOrderId"/>.</summary>
[GenerateSerializer, Immutable, Alias("ot.VenueCancelRequest")]
public sealed record VenueCancelRequest(
    [property: Id(0)] string OrderKey,
    [property: Id(1)] InstrumentId Instrument,
    [property: Id(2)] ClientOrderId VenueClientOrderId,
    [property: Id(3)] ClientOrderId OrigVenueClientOrderId,
    [property: Id(4)] VenueOrderId? VenueOrderId,
    [property: Id(5)] OrderSide Side,
    [property: Id(6)] Quantity Quantity);
