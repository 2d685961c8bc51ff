namespace OrleansTrading.Domain.Orders;

/// <summary>What applying a piece of venue input did to the order.</summary>
public enum ExecutionOutcomeKind
{
    /// <summary>The order changed: a fill, a status change, a restored status after a reject.</summary>
    Applied,

    /// <summary>Consistent with the order but nothing to change (an echo, an informational report, a late cancel reject); an ExecID is recorded.</summary>
    Acknowledged,

    /// <summary>Older than what the order holds (it would move the status backwards); its ExecID is recorded, the order is unchanged.</summary>
    Stale,

    /// <summary>The ExecID was applied before; nothing changed.</summary>
    Duplicate,

    /// <summary>A fill would take CumQty above the order quantity; not applied, the order is unchanged.</summary>
    Overfill,

    /// <summary>The venue's CumQty disagrees with the fills seen; not applied, the order is unchanged.</summary>
    CumQtyMismatch,

    /// <summary>The input cannot be applied (invalid transition, unknown order, malformed, unsupported); the order is unchanged.</summary>
    Refused,
}
