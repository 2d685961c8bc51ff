namespace OrleansTrading.Abstractions.Audit;

/// <summary>How far an audit record has gone when <see cref="IAuditSink.RecordAsync"/> completes.</summary>
public enum AuditDurability
{
    /// <summary>
    /// As durable as the sink is configured to make it (on a power-loss-safe host, synced to storage): for records that
    /// are the only trace of what happened — a refused, invalid or denied call, a change recorded nowhere else.
    /// </summary>
    Durable,

    /// <summary>
    /// Handed to the operating system, so it survives a crash of the process, and synced soon after by the sink (the
    /// JSON-lines sink: with the next durable record's sync, or within 50 ms), so only a power loss in between can lose
    /// it: for calls whose effect is itself recorded, with the caller's identity, at least
    /// as durably (an admitted order's journal entry holds its request and submitter), so the caller does not wait for
    /// a second sync after the one its call already waited for.
    /// </summary>
    Written,
}
