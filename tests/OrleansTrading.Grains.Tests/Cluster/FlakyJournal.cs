using System.Collections.Concurrent;
using OrleansTrading.Persistence.Journal;

namespace OrleansTrading.Grains.Tests.Cluster;

/// <summary>
/// The test cluster's journal (SQLite underneath) with appends and reads that can be made to fail for one stream: each
/// armed failure makes the next append (or read) of that stream throw without storing (or reading) anything, as a
/// storage outage would.
/// </summary>
public sealed class FlakyJournal(IEventJournal journal) : IEventJournal
{
    private readonly ConcurrentDictionary<string, int> _appendFailures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _readFailures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _reads = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, int> _appendsBeforeFailing = new(StringComparer.Ordinal);

    public void FailNextAppends(string stream, int count) => _appendFailures[stream] = count;

    /// <summary>The next <paramref name="succeeding"/> appends of the stream succeed, then <paramref name="count"/> fail.</summary>
    public void FailAppendsAfter(string stream, int succeeding, int count)
    {
        _appendsBeforeFailing[stream] = succeeding;
        _appendFailures[stream] = count;
    }

    public void FailNextReads(string stream, int count) => _readFailures[stream] = count;

    /// <summary>Armed read failures of the stream not yet taken.</summary>
    public int ReadFailuresLeft(string stream) => _readFailures.GetValueOrDefault(stream);

    public Task AppendAsync(string stream, IReadOnlyList<JournalEvent> events, IReadOnlyList<JournalEntity> entities) =>
        !TakeOne(_appendsBeforeFailing, stream) && TakeOne(_appendFailures, stream)
            ? Task.FromException(new IOException($"Injected failure: the journal of {stream} could not be written."))
            : journal.AppendAsync(stream, events, entities);

    /// <summary>Event reads of the stream so far (failed ones included).</summary>
    public int Reads(string stream) => _reads.GetValueOrDefault(stream);

    public Task<IReadOnlyList<JournalEvent>> ReadAsync(string stream, long afterSequence, int maxCount)
    {
        _reads.AddOrUpdate(stream, 1, (_, count) => count + 1);
        return TakeOne(_readFailures, stream)
            ? Task.FromException<IReadOnlyList<JournalEvent>>(new IOException($"Injected failure: the journal of {stream} could not be read."))
            : journal.ReadAsync(stream, afterSequence, maxCount);
    }

    public Task<long> LastSequenceAsync(string stream) => journal.LastSequenceAsync(stream);

    public Task<JournalEntity?> GetEntityAsync(string stream, string entity, long createdNanos) => journal.GetEntityAsync(stream, entity, createdNanos);

    public Task<JournalEntity?> FindEntityAsync(string stream, string entity) => journal.FindEntityAsync(stream, entity);

    public Task<EntityPage> QueryAsync(string stream, EntityQuery query) => journal.QueryAsync(stream, query);

    private static bool TakeOne(ConcurrentDictionary<string, int> failures, string stream)
    {
        while (failures.TryGetValue(stream, out var remaining) && remaining > 0)
        {
            if (failures.TryUpdate(stream, remaining - 1, remaining))
            {
                return true;
            }
        }

        return false;
    }
}
