using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Execution.Reconciliation;

/// <summary>The end of one reconciliation run (after a logon): what was checked and how many discrepancies it left open.</summary>
public sealed record ReconciliationRunResult(
    VenueId Venue,
    string RunId,
    UnixNanos StartedAt,
    UnixNanos EndedAt,
    int OrdersChecked,
    int UnresolvedDiscrepancies,
    bool Interrupted);
