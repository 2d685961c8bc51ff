namespace OrleansTrading.Persistence.Journal.Log;

/// <summary>
/// What the journal log has acknowledged and the database does not hold yet: the events and latest entity rows of the
/// appends since the last bulk apply. Readers consult it before the database, and an apply removes what it stored only
/// after its transaction committed — so a reader that misses something here is guaranteed to find it in the database.
/// </summary>
internal sealed class JournalOverlay
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Stream, string Entity), (JournalEntity Row, long Position)> _entities = [];
    private readonly Dictionary<string, List<(JournalEvent Event, long Position)>> _events = new(StringComparer.Ordinal);

    /// <summary>Adds acknowledged appends, in log order.</summary>
    public void Add(IReadOnlyList<LoggedAppend> appends)
    {
        lock (_lock)
        {
            foreach (var append in appends)
            {
                if (append.Events.Count > 0)
                {
                    if (!_events.TryGetValue(append.Stream, out var events))
                    {
                        _events[append.Stream] = events = [];
                    }

                    foreach (var e in append.Events)
                    {
                        events.Add((e, append.Position));
                    }
                }

                foreach (var entity in append.Entities)
                {
                    _entities[(append.Stream, entity.Entity)] = (entity, append.Position);
                }
            }
        }
    }

    /// <summary>Drops what the database now holds: everything at or before <paramref name="appliedThrough"/>.</summary>
    public void Remove(IReadOnlyList<LoggedAppend> applied, long appliedThrough)
    {
        lock (_lock)
        {
            foreach (var append in applied)
            {
                if (_events.TryGetValue(append.Stream, out var events))
                {
                    var count = 0;
                    while (count < events.Count && events[count].Position <= appliedThrough)
                    {
                        count++;
                    }

                    if (count == events.Count)
                    {
                        _events.Remove(append.Stream);
                    }
                    else
                    {
                        events.RemoveRange(0, count);
                    }
                }

                foreach (var entity in append.Entities)
                {
                    var key = (append.Stream, entity.Entity);
                    if (_entities.TryGetValue(key, out var held) && held.Position <= appliedThrough)
                    {
                        _entities.Remove(key);
                    }
                }
            }
        }
    }

    /// <summary>The names of the stream's entities held here.</summary>
    public List<string> EntityNames(string stream)
    {
        lock (_lock)
        {
            return [.. _entities.Keys.Where(key => key.Stream == stream).Select(key => key.Entity)];
        }
    }

    public JournalEntity? FindEntity(string stream, string entity)
    {
        lock (_lock)
        {
            return _entities.TryGetValue((stream, entity), out var held) ? held.Row : null;
        }
    }

    /// <summary>The stream's events after <paramref name="afterSequence"/>, in sequence order.</summary>
    public List<JournalEvent> EventsAfter(string stream, long afterSequence)
    {
        var found = new List<JournalEvent>();
        lock (_lock)
        {
            if (_events.TryGetValue(stream, out var events))
            {
                foreach (var (e, _) in events)
                {
                    if (e.Sequence > afterSequence)
                    {
                        found.Add(e);
                    }
                }
            }
        }

        found.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        return found;
    }

    /// <summary>The stream's highest sequence held here, 0 when none.</summary>
    public long LastSequence(string stream)
    {
        lock (_lock)
        {
            var last = 0L;
            if (_events.TryGetValue(stream, out var events))
            {
                foreach (var (e, _) in events)
                {
                    last = Math.Max(last, e.Sequence);
                }
            }

            return last;
        }
    }

    public bool HoldsSequence(string stream, long sequence)
    {
        lock (_lock)
        {
            return _events.TryGetValue(stream, out var events) && events.Exists(held => held.Event.Sequence == sequence);
        }
    }
}
