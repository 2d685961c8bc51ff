namespace OrleansTrading.Persistence.Journal;

/// <summary>
/// Durable, per-stream event log with a queryable summary row per entity: the order journal behind
/// resumable order-event streams and order listing. Each stream has exactly one writer (the account grain),
/// which assigns gapless sequence numbers; the journal stores an append and its entity upserts atomically.
/// </summary>
public interface IEventJournal
{
    /// <summary>
    /// Stores the events and entity summaries together, durably, or nothing at all. An event whose number is not above
    /// the last number its entity's stored summary holds fails the append (<see cref="JournalDuplicateException"/>), as
    /// does a sequence already stored (<see cref="JournalSequenceConflictException"/>).
    /// </summary>
    Task AppendAsync(string stream, IReadOnlyList<JournalEvent> events, IReadOnlyList<JournalEntity> entities);

    /// <summary>Events with sequence greater than <paramref name="afterSequence"/>, in order, at most <paramref name="maxCount"/>.</summary>
    Task<IReadOnlyList<JournalEvent>> ReadAsync(string stream, long afterSequence, int maxCount);

    /// <summary>The highest sequence stored for the stream, 0 when empty.</summary>
    Task<long> LastSequenceAsync(string stream);

    /// <summary>The entity's summary row, or null when the stream has never seen it.</summary>
    Task<JournalEntity?> GetEntityAsync(string stream, string entity, long createdNanos);

    /// <summary>The entity's summary row found by its name alone (its creation time unknown), or null when the stream has never seen it.</summary>
    Task<JournalEntity?> FindEntityAsync(string stream, string entity);

    Task<EntityPage> QueryAsync(string stream, EntityQuery query);
}
