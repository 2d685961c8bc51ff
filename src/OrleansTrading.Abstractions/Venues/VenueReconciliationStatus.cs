using OrleansTrading.Domain.Time;

namespace OrleansTrading.Abstractions.Venues;

/// <summary>
/// A venue connector's reconciliation with its venue: when it last ran and finished, how many open orders it checked,
/// and the discrepancies it could not resolve (in the last run, and in total since the connector started — the live
/// report path raises them too, e.g. a report for an order the platform does not know).
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.VenueReconciliationStatus")]
public sealed record VenueReconciliationStatus(
    [property: Id(0)] VenueReconciliationState State,
    [property: Id(1)] UnixNanos? LastStartedAt,
    [property: Id(2)] UnixNanos? LastReconciledAt,
    [property: Id(3)] int OrdersChecked,
    [property: Id(4)] int LastRunDiscrepancies,
    [property: Id(5)] int TotalDiscrepancies)
{
    public static readonly VenueReconciliationStatus NotStarted = new(VenueReconciliationState.NotStarted, null, null, 0, 0, 0);
}
