using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Abstractions.Orders;

/// <summary>A venue refused a cancel or replace request (FIX OrderCancelReject).</summary>
[GenerateSerializer, Immutable, Alias("ot.CancelRejectMessage")]
public sealed record CancelRejectMessage(
    [property: Id(0)] VenueId Venue,
    [property: Id(1)] ClientOrderId VenueClientOrderId,
    [property: Id(2)] ClientOrderId OrigVenueClientOrderId,
    [property: Id(3)] VenueOrderId? VenueOrderId,
    [property: Id(4)] OrderStatus StatusAtVenue,
    [property: Id(5)] bool WasReplace,
    [property: Id(6)] string? Text,
    [property: Id(7)] UnixNanos TransactTime);
