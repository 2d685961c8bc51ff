namespace OrleansTrading.Execution.Reconciliation;

/// <summary>What a venue connector found that does not add up. docs/execution.md says what each means for operations.</summary>
public enum DiscrepancyKind
{
    /// <summary>The venue has executed more of the order than the platform has recorded: fills were missed.</summary>
    MissedFills,

    /// <summary>The platform has recorded more executions than the venue reports for the order.</summary>
    ExcessFills,

    /// <summary>The venue has no record of an order the platform believes it acknowledged.</summary>
    UnknownAtVenue,

    /// <summary>The venue has no record of an order it never acknowledged: the order is rejected (resolved).</summary>
    NeverReachedVenue,

    /// <summary>The venue and the platform disagree on whether the order is still working.</summary>
    StatusMismatch,

    /// <summary>A cancel or replace never reached the venue; the order's previous state is restored (resolved).</summary>
    LostRequest,

    /// <summary>The routing table names an order that does not exist at the platform.</summary>
    OrderMissingOnPlatform,

    /// <summary>The venue did not answer a status request within the reconciliation timeout.</summary>
    NoStatusReply,

    /// <summary>A report names a ClOrdID the routing table does not know: it cannot be delivered to any order.</summary>
    UnroutableReport,

    /// <summary>A mass status answer lists a working order the platform does not know (an orphan order at the venue).</summary>
    UnknownOrderAtVenue,

    /// <summary>A report could not be decoded (missing or malformed fields); the venue was sent a BusinessMessageReject.</summary>
    MalformedReport,

    /// <summary>The venue refused one of our messages at the business level (35=j).</summary>
    BusinessReject,

    /// <summary>Delivering a report to its order keeps failing; it is still being retried and stays journaled.</summary>
    DeliveryStalled,

    /// <summary>A report could not be written to the inbound journal (disk full or failing); it is delivered from memory only.</summary>
    JournalWriteFailed,
}
