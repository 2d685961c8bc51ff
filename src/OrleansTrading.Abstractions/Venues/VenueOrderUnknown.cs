using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Abstractions.Venues;

/// <summary>Reconciliation found that the venue has no record of an order the platform believes is open there.</summary>
[GenerateSerializer, Immutable, Alias("ot.VenueOrderUnknown")]
public sealed record VenueOrderUnknown(
    [property: Id(0)] VenueId Venue,
    [property: Id(1)] ClientOrderId VenueClientOrderId,
    [property: Id(2)] string? Text,
    [property: Id(3)] UnixNanos At);
