namespace OrleansTrading.Abstractions.Venues;

/// <summary>Where a venue connector's reconciliation stands.</summary>
public enum VenueReconciliationState
{
    /// <summary>No session has logged on yet since the connector started.</summary>
    NotStarted,

    /// <summary>Logged on; asking the venue for the status of every open order.</summary>
    Running,

    /// <summary>The last run finished: every open order was answered for (or reported as a discrepancy).</summary>
    Completed,

    /// <summary>The session dropped during the last run; the next logon starts a new one.</summary>
    Interrupted,
}
