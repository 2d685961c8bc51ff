using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Abstractions.Venues;

/// <summary>A venue gateway's connection, open orders and (for venues that reconcile, e.g. FIX) its reconciliation status.</summary>
[GenerateSerializer, Immutable, Alias("ot.VenueStatus")]
public sealed record VenueStatus(
    [property: Id(0)] VenueId Venue,
    [property: Id(1)] string Kind,
    [property: Id(2)] bool Connected,
    [property: Id(3)] string Silo,
    [property: Id(4)] UnixNanos? LastReconciledAt,
    [property: Id(5)] int OpenOrders,
    [property: Id(6)] VenueReconciliationStatus? Reconciliation = null);
