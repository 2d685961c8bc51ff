using System.Collections.Concurrent;
using OrleansTrading.Persistence.Journal;

namespace OrleansTrading.Grains.Tests.Cluster;

/// <summary>
/// The test cluster's journal (SQLite underneath) with appends that can be made to fail for one stream: each armed
/// failure makes the next append to that stream throw without storing anything, as a storage outage would.
/// </summary>
public sealed class FlakyJournal(IEventJournal journal) : IEventJournal
{
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);

    public void FailNextAppends(string stream, int count) => _failures[stream] = count;

    public Task AppendAsync(string stream, IReadOnlyList<JournalEvent> events, IReadOnlyList<JournalEntity> entities)
    {
        while (_failures.TryGetValue(stream, out var remaining) && remaining > 0)
        {
            if (_failures.TryUpdate(stream, remaining - 1, remaining))
            {
                return Task.FromException(new IOException($"Injected failure: the journal of {stream} could not be written."));
            }
        }

        return journal.AppendAsync(stream, events, entities);
    }

    public Task<IReadOnlyList<JournalEvent>> ReadAsync(string stream, long afterSequence, int maxCount) => journal.ReadAsync(stream, afterSequence, maxCount);

    public Task<long> LastSequenceAsync(string stream) => journal.LastSequenceAsync(stream);

    public Task<JournalEntity?> GetEntityAsync(string stream, string entity, long createdNanos) => journal.GetEntityAsync(stream, entity, createdNanos);

    public Task<JournalEntity?> FindEntityAsync(string stream, string entity) => journal.FindEntityAsync(stream, entity);

    public Task<EntityPage> QueryAsync(string stream, EntityQuery query) => journal.QueryAsync(stream, query);
}
