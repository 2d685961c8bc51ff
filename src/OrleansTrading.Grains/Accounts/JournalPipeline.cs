using OrleansTrading.Persistence.Journal;

namespace OrleansTrading.Grains.Accounts;

/// <summary>
/// The single writer of one account's order journal, inside the (reentrant) account grain: sequence numbers are
/// assigned synchronously as events are added, so they are gapless and ordered; appends are flushed one at a time in
/// that order, each carrying everything added while the previous one was being written (per-account group commit).
/// Each event travels with the entity row as of that event, so a flush never stores a summary ahead of its events.
/// Runs on the grain's scheduler, so it needs no locks. After each commit the committed events are handed to
/// <paramref name="committed"/> (notifications), in order; it must return at once, not hold up the next flush.
/// </summary>
internal sealed class JournalPipeline<TEvent>(IEventJournal journal, string stream, long lastSequence, Func<TEvent, byte[]> serialize, Action<IReadOnlyList<TEvent>> committed)
{
    /// <summary>Rows per journal append; stays well within Azure Table's 100-row transaction limit.</summary>
    private const int MaxEventsPerAppend = 30;

    private List<(JournalEvent? Event, TEvent? Value, JournalEntity Entity)> _pending = [];
    private TaskCompletionSource? _waiting;
    private bool _flushing;

    /// <summary>The last sequence assigned (durable once the flush that carries it completes).</summary>
    public long LastSequence { get; private set; } = lastSequence;

    /// <summary>The last sequence known to be durable: nothing after it may be told to anyone yet.</summary>
    public long CommittedSequence { get; private set; } = lastSequence;

    /// <summary>Set when a flush failed: the stream position is unknown and the owner must reload.</summary>
    public bool Broken { get; private set; }

    /// <summary>Adds an event; <paramref name="build"/> is given the sequence assigned to it (events carry their own sequence).</summary>
    public long Add(string entity, int number, Func<long, TEvent> build, JournalEntity entityAfter)
    {
        var sequence = ++LastSequence;
        var value = build(sequence);
        _pending.Add((new JournalEvent(stream, sequence, entity, number, serialize(value)), value, entityAfter));
        return sequence;
    }

    /// <summary>Rewrites an entity's row without an event (its payload changed, its version did not).</summary>
    public void UpdateEntity(JournalEntity entity) => _pending.Add((null, default, entity));

    /// <summary>
    /// Completes when everything added so far is durable (or fails if its flush failed). With nothing pending it
    /// still waits for a flush in flight, whose events a caller may be relying on.
    /// </summary>
    public Task CommitAsync()
    {
        if (Broken)
        {
            // what was pending when the flush failed is gone: nothing may be confirmed until the owner reloads
            return Task.FromException(new InvalidOperationException($"The journal of {stream} failed to commit; its owner must reload it before confirming anything."));
        }

        if (_pending.Count == 0 && !_flushing)
        {
            return Task.CompletedTask;
        }

        _waiting ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var done = _waiting.Task;
        if (!_flushing)
        {
            // The flag, not the flush's task, says whether a flush runs: an append can complete synchronously, and
            // then the flush has finished before its task could be stored.
            _flushing = true;
            _ = FlushAsync();
        }

        return done;
    }

    /// <summary>Writes batches until nothing is pending and nobody is waiting. Never throws: failures go to the waiters.</summary>
    private async Task FlushAsync()
    {
        try
        {
            while (_pending.Count > 0 || _waiting is not null)
            {
                var batch = _pending;
                var waiting = _waiting;
                _pending = [];
                _waiting = null;
                try
                {
                    for (var start = 0; start < batch.Count; start += MaxEventsPerAppend)
                    {
                        var chunk = batch.GetRange(start, Math.Min(MaxEventsPerAppend, batch.Count - start));
                        var later = batch.Skip(start + chunk.Count).Select(c => c.Entity.Entity).ToHashSet(StringComparer.Ordinal);
                        var events = chunk.Where(c => c.Event is not null).Select(c => c.Event!).ToList();
                        var entities = chunk.GroupBy(c => c.Entity.Entity).Select(g => RowFor(g.ToList(), later.Contains(g.Key))).ToList();
                        await journal.AppendAsync(stream, events, entities);
                        if (events.Count > 0)
                        {
                            CommittedSequence = events[^1].Sequence;
                            committed([.. chunk.Where(c => c.Event is not null).Select(c => c.Value!)]);
                        }
                    }

                    waiting?.TrySetResult();
                }
                catch (Exception ex)
                {
                    Broken = true;
                    waiting?.TrySetException(ex);
                    _waiting?.TrySetException(ex);
                    _waiting = null;
                    _pending.Clear();
                    return;
                }
            }
        }
        finally
        {
            _flushing = false;
        }
    }

    /// <summary>
    /// The entity's row as of the last of its events in this append. Rows travel with the entity as it is after all of
    /// an order's events of one call; when those events are split across appends (a batch larger than one append), an
    /// earlier append must not claim the later events: its row carries the number of its own last event and stays open,
    /// so that, should the process die before the next append, the order counts as open with its later versions
    /// unconfirmed, and its recovery sends them again (the row's payload may already describe them).
    /// </summary>
    private static JournalEntity RowFor(List<(JournalEvent? Event, TEvent? Value, JournalEntity Entity)> items, bool continuesLater)
    {
        var row = items[^1].Entity;
        if (!continuesLater)
        {
            return row;
        }

        var lastNumber = items.LastOrDefault(i => i.Event is not null).Event?.EntityNumber ?? row.LastEntityNumber;
        return row with { LastEntityNumber = Math.Min(row.LastEntityNumber, lastNumber), IsOpen = true };
    }
}
