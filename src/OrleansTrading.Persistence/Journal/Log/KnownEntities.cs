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
/// committed. One accepted after the registration is added by the writer. The tables are read in pages, each its own
/// short read (so checkpoints are not held up): every page sees what was applied before the overlay was copied.
/// </para>
/// </summary>
internal sealed class KnownEntities(
    Func<string, IReadOnlyList<string>> overlayNames,
    Func<string, long> storedCount,
    Func<string, string?, int, IReadOnlyList<string>> storedNamesAfter,
    Action<string, Exception> failed) : IAsyncDisposable
{
    /// <summary>Names read from the tables per page.</summary>
    internal const int PageSize = 10_000;

    private readonly ConcurrentDictionary<string, StreamNames> _streams = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _builders = new(2); // builds at once: a silo starting many accounts reads them a few at a time
    private readonly CancellationTokenSource _stopping = new();

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

    /// <summary>An entity the writer accepted (call after it is in the overlay). Never throws: a filter that cannot take it is dropped.</summary>
    public void Added(string stream, string entity)
    {
        if (!_streams.TryGetValue(stream, out var names))
        {
            return;
        }

        try
        {
            names.Add(entity);
        }
        catch (Exception ex)
        {
            names.Fail(); // out of memory for a new layer: the stream's lookups read the tables again
            failed(stream, ex);
        }
    }

    /// <summary>Completes when every build started so far has ended.</summary>
    public Task Built => Task.WhenAll(_streams.Values.Select(s => s.Built));

    /// <summary>Stops the builds still running and waits for them.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await Built.ConfigureAwait(false);
        _stopping.Dispose();
    }

    private void StartBuilding(string stream)
    {
        var names = new StreamNames();
        if (_streams.TryAdd(stream, names))
        {
            _ = Task.Run(() => BuildAsync(stream, names));
        }
    }

    private async Task BuildAsync(string stream, StreamNames names)
    {
        try
        {
            await _builders.WaitAsync(_stopping.Token).ConfigureAwait(false);
            try
            {
                names.Create(storedCount(stream));
                foreach (var name in overlayNames(stream))
                {
                    names.Add(name);
                }

                string? after = null;
                while (true)
                {
                    _stopping.Token.ThrowIfCancellationRequested();
                    var page = storedNamesAfter(stream, after, PageSize);
                    foreach (var name in page)
                    {
                        names.Add(name);
                    }

                    if (page.Count < PageSize)
                    {
                        break;
                    }

                    after = page[^1];
                }

                names.Complete();
            }
            finally
            {
                _builders.Release();
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            names.Fail(); // stopping: nothing to report
        }
        catch (Exception ex)
        {
            names.Fail(); // lookups keep going to the tables
            failed(stream, ex);
        }
        finally
        {
            names.Ended();
        }
    }

    private sealed class StreamNames
    {
        private readonly Lock _lock = new();
        private readonly List<string> _early = [];
        private readonly TaskCompletionSource _built = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private EntityNameFilter? _filter;
        private volatile bool _complete;
        private bool _failed;

        public Task Built => _built.Task;

        public bool CertainlyAbsent(string entity) => _complete && _filter is { } filter && filter.CertainlyAbsent(entity);

        public void Create(long stored)
        {
            lock (_lock)
            {
                _filter = new EntityNameFilter((int)Math.Min(1L << 30, Math.Max(stored, 1) * 2));
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
                    _early.Add(entity); // accepted while the build waits for its turn or counts the stored rows
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

        public void Ended() => _built.TrySetResult();
    }
}
