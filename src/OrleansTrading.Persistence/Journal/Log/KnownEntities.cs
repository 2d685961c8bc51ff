using System.Collections.Concurrent;

namespace OrleansTrading.Persistence.Journal.Log;

/// <summary>
/// Which entity names each stream holds, kept so that looking up an entity that does not exist — a new order's key,
/// looked up when its account admits it and again when the log's writer checks the append — needs no read of the
/// tables. Per stream, an <see cref="EntityNameFilter"/> is built in the background on the stream's first lookup from
/// the overlay and then the tables; until it is complete every lookup goes to the tables. "Certainly absent" is the only
/// answer it gives; anything else is left to the overlay and the tables, which stay the truth.
/// <para>
/// Why nothing is missed: the log's writer adds every accepted entity after putting it in the overlay; a build first
/// registers the stream (so such adds reach it), then copies the overlay's names, then reads the tables. An entity
/// accepted before the registration is either still in the overlay when it is copied or was applied and removed
/// before — and is then in the tables when they are read, since the overlay drops an entity only after its apply
/// committed. One accepted after the registration is added by the writer.
/// </para>
/// </summary>
internal sealed class KnownEntities(Func<string, IReadOnlyList<string>> overlayNames, Func<string, long> storedCount, Func<string, IEnumerable<string>> storedNames, Action<string, Exception> buildFailed)
{
    private readonly ConcurrentDictionary<string, StreamNames> _streams = new(StringComparer.Ordinal);

    /// <summary>True only when <paramref name="stream"/> certainly has no entity <paramref name="entity"/>; the first lookup of a stream starts its build.</summary>
    public bool CertainlyAbsent(string stream, string entity)
    {
        if (_streams.TryGetValue(stream, out var names))
        {
            return names.CertainlyAbsent(entity);
        }

        StartBuilding(stream);
        return false;
    }

    /// <summary>An entity the writer accepted (call after it is in the overlay).</summary>
    public void Added(string stream, string entity)
    {
        if (_streams.TryGetValue(stream, out var names))
        {
            names.Add(entity);
        }
    }

    /// <summary>Completes when every build started so far has ended.</summary>
    public Task Built => Task.WhenAll(_streams.Values.Select(s => s.Building));

    /// <summary>Bytes the filters of all streams take.</summary>
    public long Bytes => _streams.Values.Sum(s => s.Bytes);

    private void StartBuilding(string stream)
    {
        var names = new StreamNames();
        if (_streams.TryAdd(stream, names))
        {
            names.Building = Task.Run(() => Build(stream, names));
        }
    }

    private void Build(string stream, StreamNames names)
    {
        try
        {
            names.Create(storedCount(stream));
            foreach (var name in overlayNames(stream))
            {
                names.Add(name);
            }

            foreach (var name in storedNames(stream))
            {
                names.Add(name);
            }

            names.Complete();
        }
        catch (Exception ex)
        {
            names.Fail(); // lookups keep going to the tables
            buildFailed(stream, ex);
        }
    }

    private sealed class StreamNames
    {
        private readonly Lock _lock = new();
        private readonly List<string> _early = [];
        private EntityNameFilter? _filter;
        private volatile bool _complete;
        private bool _failed;

        public Task Building { get; set; } = Task.CompletedTask;

        public long Bytes => _filter?.Bytes ?? 0;

        public bool CertainlyAbsent(string entity) => _complete && _filter is { } filter && filter.CertainlyAbsent(entity);

        public void Create(long stored)
        {
            lock (_lock)
            {
                _filter = new EntityNameFilter((int)Math.Min(int.MaxValue / 2, Math.Max(stored, 1) * 2));
                foreach (var name in _early)
                {
                    _filter.Add(name);
                }

                _early.Clear();
            }
        }

        public void Add(string entity)
        {
            lock (_lock)
            {
                if (_failed)
                {
                    return;
                }

                if (_filter is null)
                {
                    _early.Add(entity); // accepted while the build counts the stored rows
                    return;
                }

                _filter.Add(entity);
            }
        }

        public void Complete() => _complete = true;

        public void Fail()
        {
            lock (_lock)
            {
                _failed = true;
                _complete = false;
                _filter = null;
                _early.Clear();
            }
        }
    }
}
