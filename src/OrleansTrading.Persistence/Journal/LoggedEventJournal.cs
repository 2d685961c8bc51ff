using System.Buffers;
using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using OrleansTrading.Persistence.Journal.Log;

namespace OrleansTrading.Persistence.Journal;

/// <summary>
/// The embedded journal: an append is durable when it is in the journal log — a folder of segment files written
/// sequentially and group-committed (one write, and in power-loss-safe mode one fsync, per batch of concurrent appends)
/// — and reaches the SQLite tables later, in bulk (ADR 0007). Writing a few hundred bytes at the end of a file instead
/// of updating B-tree leaves scattered over the database is what takes the store off the order path's critical resource.
/// <para>
/// Appends are checked (duplicate entity numbers, sequences already held) by the log's single writer against what the
/// tables hold plus what the log acknowledged since the last apply (<see cref="JournalOverlay"/>), so the journal's
/// contract is the same as <see cref="SqliteEventJournal"/>'s. Reads of events and entities consult the overlay first and
/// then the tables; queries (filters and pages over the entities) first wait for an apply of everything acknowledged.
/// The tables record the log position they hold in the same transaction as the rows; at start-up the log is replayed
/// from there, so every acknowledged append is in the tables exactly once before anything is read.
/// </para>
/// </summary>
public sealed partial class LoggedEventJournal : IEventJournal, IAsyncDisposable
{
    private readonly SqliteDatabase _database;
    private readonly SqliteEventJournal _tables;
    private readonly JournalLogOptions _options;
    private readonly ILogger _logger;
    private readonly JournalOverlay _overlay = new();
    private readonly KnownEntities _known;
    private readonly Channel<PendingAppend> _queue = Channel.CreateUnbounded<PendingAppend>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = false, AllowSynchronousContinuations = false });
    private readonly ConcurrentQueue<LoggedAppend> _unapplied = new();
    private readonly SemaphoreSlim _applySignal = new(0);
    private readonly Lock _flushLock = new();
    private readonly List<(long Target, TaskCompletionSource Done)> _flushWaiters = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _opened;
    private JournalLogFile? _log;
    private Task? _writerLoop;
    private Task? _applierLoop;
    private long _nextPosition;
    private long _acknowledgedThrough;
    private long _appliedThrough;
    private long _logWrites;
    private int _unappliedCount;
    private int _disposed;
    private bool _applierStopped;

    public LoggedEventJournal(SqliteDatabase database, JournalLogOptions options, ILogger<LoggedEventJournal> logger)
    {
        options.Validate();
        _database = database;
        _tables = new SqliteEventJournal(database);
        _options = options;
        _logger = logger;
        _known = new KnownEntities(_overlay.EntityNames, _tables.StoredEntityCount, _tables.StoredEntityNamesAfter, (stream, ex) => LogEntityFilterFailed(_logger, ex, stream));
        _opened = Task.Run(OpenAsync);
    }

    /// <summary>The log's folder: beside the database file.</summary>
    public string LogFolder => _database.DatabasePath + ".journal-log";

    /// <summary>Writes to the log so far (each a group commit of one or more appends).</summary>
    public long LogWrites => Interlocked.Read(ref _logWrites);

    /// <summary>Completes when the log has been read back and whatever the tables lacked applied (every call waits for it).</summary>
    public Task Opened => _opened;

    /// <summary>Appends recovered from the log at start-up that the tables did not hold yet (once <see cref="Opened"/>).</summary>
    public int Recovered { get; private set; }

    /// <summary>Completes when the entity-name filters of every stream looked up so far are built (see <see cref="KnownEntities"/>).</summary>
    internal Task EntityFiltersBuilt => _known.Built;

    /// <summary>Bytes of a torn record cut off the log at start-up (once <see cref="Opened"/>).</summary>
    public long TruncatedBytes => _log?.TruncatedBytes ?? 0;

    public async Task AppendAsync(string stream, IReadOnlyList<JournalEvent> events, IReadOnlyList<JournalEntity> entities)
    {
        if (!_opened.IsCompletedSuccessfully)
        {
            await _opened.ConfigureAwait(false);
        }

        var pending = new PendingAppend(stream, events, entities);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(LoggedEventJournal), "The local store is shutting down; nothing was appended.");
        }

        await pending.Task.ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<JournalEvent>> ReadAsync(string stream, long afterSequence, int maxCount)
    {
        await _opened.ConfigureAwait(false);
        var recent = _overlay.EventsAfter(stream, afterSequence); // before the tables: see JournalOverlay
        var stored = await _tables.ReadAsync(stream, afterSequence, maxCount).ConfigureAwait(false);
        if (recent.Count == 0)
        {
            return stored;
        }

        var merged = new List<JournalEvent>(Math.Min(maxCount, stored.Count + recent.Count));
        int s = 0, r = 0;
        while (merged.Count < maxCount && (s < stored.Count || r < recent.Count))
        {
            if (r == recent.Count || (s < stored.Count && stored[s].Sequence <= recent[r].Sequence))
            {
                if (r < recent.Count && stored[s].Sequence == recent[r].Sequence)
                {
                    r++; // applied while this read ran: held by both
                }

                merged.Add(stored[s++]);
            }
            else
            {
                merged.Add(recent[r++]);
            }
        }

        return merged;
    }

    public async Task<long> LastSequenceAsync(string stream)
    {
        await _opened.ConfigureAwait(false);
        var recent = _overlay.LastSequence(stream);
        return Math.Max(recent, await _tables.LastSequenceAsync(stream).ConfigureAwait(false));
    }

    public Task<JournalEntity?> GetEntityAsync(string stream, string entity, long createdNanos) => FindEntityAsync(stream, entity);

    public async Task<JournalEntity?> FindEntityAsync(string stream, string entity)
    {
        if (!_opened.IsCompletedSuccessfully)
        {
            await _opened.ConfigureAwait(false);
        }

        // a new entity (a new order's key) is known to be absent without reading the tables: see KnownEntities
        return _overlay.FindEntity(stream, entity)
            ?? (_known.CertainlyAbsent(stream, entity) ? null : await _tables.FindEntityAsync(stream, entity).ConfigureAwait(false));
    }

    /// <summary>Queries filter and page in SQL, so they first wait until the tables hold everything acknowledged so far.</summary>
    public async Task<EntityPage> QueryAsync(string stream, EntityQuery query)
    {
        if (query.PageToken is not null)
        {
            _ = PageToken.Decode(query.PageToken); // a token that was not issued is refused before anything waits
        }

        await FlushAsync().ConfigureAwait(false);
        return await _tables.QueryAsync(stream, query).ConfigureAwait(false);
    }

    /// <summary>Waits until the tables hold every append acknowledged before this call.</summary>
    public async Task FlushAsync()
    {
        await _opened.ConfigureAwait(false);
        var target = Interlocked.Read(ref _acknowledgedThrough);
        if (Interlocked.Read(ref _appliedThrough) >= target)
        {
            return;
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_flushLock)
        {
            if (_applierStopped)
            {
                throw new ObjectDisposedException(nameof(LoggedEventJournal), "The local store is shutting down; the journal's tables take no more applies.");
            }

            _flushWaiters.Add((target, done));
        }

        _applySignal.Release();
        await done.Task.ConfigureAwait(false);
    }

    /// <summary>Stops taking appends, writes what is queued, and applies everything acknowledged to the tables. Idempotent.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return; // registered as itself and as IEventJournal: the container disposes it twice
        }

        _queue.Writer.TryComplete();
        await _known.DisposeAsync().ConfigureAwait(false); // a filter build reading the tables ends before they close
        try
        {
            await _opened.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogOpenFailed(_logger, ex);
        }

        if (_writerLoop is { } writer)
        {
            await writer.ConfigureAwait(false);
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        _applySignal.Release();
        if (_applierLoop is { } applier)
        {
            await applier.ConfigureAwait(false);
        }

        lock (_flushLock)
        {
            _applierStopped = true;
            foreach (var (_, done) in _flushWaiters)
            {
                done.TrySetException(new ObjectDisposedException(nameof(LoggedEventJournal), "The local store shut down before the journal's tables caught up."));
            }

            _flushWaiters.Clear();
        }

        if (_log is { } log && Interlocked.Read(ref _appliedThrough) == Interlocked.Read(ref _acknowledgedThrough))
        {
            log.Close(deleteAll: true); // everything is in the tables: a clean stop leaves no log behind
        }

        _log?.Dispose();
        _stopping.Dispose();
        _applySignal.Dispose();
    }

    private async Task OpenAsync()
    {
        var applied = _tables.AppliedLogPosition();
        var (log, records) = JournalLogFile.Open(LogFolder, _database.Durability == SqliteDurability.PowerLossSafe, _options.SegmentBytes);
        _log = log;
        var unapplied = records.Where(r => r.Position > applied).ToList();
        CheckContinuous(records, unapplied, applied);
        foreach (var chunk in unapplied.Chunk(_options.MaxAppendsPerApply))
        {
            await _tables.ApplyLoggedAsync(chunk).ConfigureAwait(false);
        }

        var last = Math.Max(applied, records.Count > 0 ? records[^1].Position : 0);
        _appliedThrough = _acknowledgedThrough = last;
        _nextPosition = last + 1;
        log.Release(last);
        Recovered = unapplied.Count;
        if (unapplied.Count > 0 || log.TruncatedBytes > 0)
        {
            LogRecovered(_logger, unapplied.Count, log.TruncatedBytes, LogFolder);
        }

        _writerLoop = Task.Factory.StartNew(WriteLoopAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        _applierLoop = Task.Run(ApplyLoopAsync);
    }

    /// <summary>
    /// For a start with the tables as the journal (<see cref="EmbeddedJournal.Tables"/>): refuses when the log beside
    /// the database holds appends the tables lack — they would be invisible, and replayed over newer rows on a later
    /// start with the log.
    /// </summary>
    public static void EnsureTablesHoldTheLog(SqliteDatabase database)
    {
        var folder = database.DatabasePath + ".journal-log";
        if (!Directory.Exists(folder) || Directory.GetFiles(folder, "*.log").Length == 0)
        {
            return;
        }

        var applied = new SqliteEventJournal(database).AppliedLogPosition();
        var (log, records) = JournalLogFile.Open(folder, database.Durability == SqliteDurability.PowerLossSafe, new JournalLogOptions().SegmentBytes);
        log.Dispose();
        if (records.Count > 0 && records[^1].Position > applied)
        {
            throw new InvalidOperationException(
                $"The journal log {folder} holds {records.Count(r => r.Position > applied)} appends the journal's tables do not have yet. " +
                "Start once with --journal log (the default) so they are applied — a clean stop then removes the log — before using --journal tables.");
        }
    }

    /// <summary>
    /// The log's positions run without a gap, and the first record the tables lack follows the last one they hold: a
    /// hole means a lost segment, a database restored from another time, or a log from another database — replaying
    /// over it would silently skip appends, so the start stops and says so.
    /// </summary>
    private void CheckContinuous(List<LoggedAppend> records, List<LoggedAppend> unapplied, long applied)
    {
        for (var i = 1; i < records.Count; i++)
        {
            if (records[i].Position != records[i - 1].Position + 1)
            {
                throw new InvalidDataException(
                    $"Journal log {LogFolder} jumps from position {records[i - 1].Position} to {records[i].Position}: a segment is missing. " +
                    "Restore the data folder (database and log together) from a backup.");
            }
        }

        if (unapplied.Count > 0 && unapplied[0].Position != applied + 1)
        {
            throw new InvalidDataException(
                $"The journal's tables hold the log through position {applied}, but the log {LogFolder} continues at {unapplied[0].Position}: " +
                "the database and the log are not from the same data folder. Restore them together from a backup.");
        }
    }

    // --- the log's single writer: check, write, acknowledge -------------------------------------------------------

    private readonly List<PendingAppend> _batch = [];
    private readonly List<LoggedAppend> _accepted = [];
    private ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Dictionary<string, long> _lastSequences = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Stream, string Entity), int> _batchNumbers = [];
    private readonly Dictionary<string, long> _batchLastSequences = new(StringComparer.Ordinal);
    private readonly HashSet<(string Stream, long Sequence)> _batchSequences = [];

    private async Task WriteLoopAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (_batch.Count < _options.MaxAppendsPerWrite && reader.TryRead(out var pending))
            {
                _batch.Add(pending);
            }

            try
            {
                WriteBatch();
            }
            catch (Exception ex)
            {
                // not expected (each append's own failures are handled in WriteBatch); the loop must live on regardless,
                // or every later append would wait for ever
                LogWriteFailed(_logger, ex, _batch.Count);
                foreach (var pending in _batch)
                {
                    pending.TrySetException(new OrleansException($"The journal log failed: {ex.Message}", ex));
                }
            }

            _batch.Clear();
            _accepted.Clear();
            _batchNumbers.Clear();
            _batchLastSequences.Clear();
            _batchSequences.Clear();
            if (_buffer.Capacity > 16 * 1024 * 1024)
            {
                _buffer = new ArrayBufferWriter<byte>(64 * 1024); // a burst of large appends: do not keep its buffer for good
            }
        }
    }

    private void WriteBatch()
    {
        var first = _nextPosition;
        _buffer.ResetWrittenCount();
        var acceptedPending = new List<PendingAppend>(_batch.Count);
        foreach (var pending in _batch)
        {
            var mark = _buffer.WrittenCount;
            try
            {
                if (Check(pending) is { } refusal)
                {
                    pending.TrySetException(refusal);
                    continue;
                }

                var append = new LoggedAppend(_nextPosition, pending.Stream, pending.Events, pending.Entities);
                LogRecordCodec.Write(append, _buffer);
                _nextPosition++;
                Hold(append);
                _accepted.Add(append);
                acceptedPending.Add(pending);
            }
            catch (Exception ex)
            {
                // only this append is dropped: the records before it stay, and no half-written record is left in front
                // of the ones after it (recovery would stop there)
                _buffer.ResetWrittenCount();
                _buffer.Advance(mark);
                pending.TrySetException(ex is ArgumentException ? ex : new OrleansException($"The journal could not take the append: {ex.Message}", ex));
            }
        }

        if (_accepted.Count == 0)
        {
            return;
        }

        try
        {
            _log!.Append(_buffer.WrittenSpan, first);
        }
        catch (Exception ex)
        {
            _nextPosition = first;
            LogWriteFailed(_logger, ex, _accepted.Count);
            var failure = new OrleansException($"The journal log write failed; nothing of this append was stored: {ex.Message}", ex);
            foreach (var pending in acceptedPending)
            {
                pending.TrySetException(failure);
            }

            return;
        }

        Interlocked.Increment(ref _logWrites);
        foreach (var (stream, last) in _batchLastSequences)
        {
            _lastSequences[stream] = last;
        }

        _overlay.Add(_accepted);
        foreach (var append in _accepted)
        {
            foreach (var entity in append.Entities)
            {
                _known.Added(append.Stream, entity.Entity); // after the overlay: see KnownEntities
            }

            _unapplied.Enqueue(append);
        }

        Interlocked.Exchange(ref _acknowledgedThrough, _nextPosition - 1);
        var unapplied = Interlocked.Add(ref _unappliedCount, _accepted.Count);
        if (unapplied >= _options.ApplyAfterAppends && unapplied - _accepted.Count < _options.ApplyAfterAppends)
        {
            _applySignal.Release(); // once, as the backlog crosses the mark, not after every write beyond it
        }

        foreach (var pending in acceptedPending)
        {
            pending.TrySetResult();
        }
    }

    /// <summary>The journal contract's checks, against the tables, the overlay and the batch so far; null when the append may go.</summary>
    private Exception? Check(PendingAppend append)
    {
        var stream = append.Stream;
        var last = LastSequence(stream);
        for (var i = 0; i < append.Events.Count; i++)
        {
            var e = append.Events[i];
            if (LastNumber(stream, e.Entity) is { } held && held >= e.EntityNumber)
            {
                return new JournalDuplicateException(stream, e.Entity, e.EntityNumber);
            }

            if (e.Sequence <= last && HoldsSequence(stream, e.Sequence))
            {
                return new JournalSequenceConflictException(stream, e.Sequence);
            }

            for (var j = 0; j < i; j++)
            {
                if (append.Events[j].Sequence == e.Sequence)
                {
                    return new JournalSequenceConflictException(stream, e.Sequence);
                }
            }
        }

        return null;
    }

    /// <summary>Makes an accepted append visible to the checks of the rest of the batch.</summary>
    private void Hold(LoggedAppend append)
    {
        if (append.Events.Count > 0)
        {
            var last = LastSequence(append.Stream);
            foreach (var e in append.Events)
            {
                last = Math.Max(last, e.Sequence);
                _batchSequences.Add((append.Stream, e.Sequence));
            }

            _batchLastSequences[append.Stream] = last;
        }

        foreach (var entity in append.Entities)
        {
            _batchNumbers[(append.Stream, entity.Entity)] = entity.LastEntityNumber;
        }
    }

    private long LastSequence(string stream)
    {
        if (_batchLastSequences.TryGetValue(stream, out var inBatch))
        {
            return inBatch;
        }

        if (!_lastSequences.TryGetValue(stream, out var last))
        {
            var recent = _overlay.LastSequence(stream);
            _lastSequences[stream] = last = Math.Max(recent, _tables.StoredLastSequence(stream));
        }

        return last;
    }

    private int? LastNumber(string stream, string entity) =>
        _batchNumbers.TryGetValue((stream, entity), out var inBatch) ? inBatch
        : _overlay.FindEntity(stream, entity) is { } recent ? recent.LastEntityNumber
        : _known.CertainlyAbsent(stream, entity) ? null
        : _tables.StoredLastNumber(stream, entity);

    private bool HoldsSequence(string stream, long sequence) =>
        _batchSequences.Contains((stream, sequence)) || _overlay.HoldsSequence(stream, sequence) || _tables.HoldsSequence(stream, sequence);

    // --- the applier: acknowledged appends into the tables, in bulk ----------------------------------------------

    private async Task ApplyLoopAsync()
    {
        List<LoggedAppend>? retry = null;
        var backlog = false;
        while (true)
        {
            var stopping = _stopping.IsCancellationRequested;
            if (!stopping && !backlog)
            {
                try
                {
                    await _applySignal.WaitAsync(retry is null ? _options.ApplyInterval : _retryDelay, _stopping.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    stopping = true;
                }
            }

            var batch = retry ?? [];
            retry = null;
            while (batch.Count < _options.MaxAppendsPerApply && _unapplied.TryDequeue(out var append))
            {
                batch.Add(append);
            }

            backlog = false;
            if (batch.Count > 0)
            {
                try
                {
                    await _tables.ApplyLoggedAsync(batch).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    LogApplyFailed(_logger, ex, batch.Count);
                    ReleaseWaiters(long.MaxValue, ex);
                    if (stopping)
                    {
                        return; // the log keeps them: the next start applies them
                    }

                    retry = batch;
                    continue;
                }

                // committed: from here on nothing may send the batch round again
                var through = batch[^1].Position;
                Interlocked.Add(ref _unappliedCount, -batch.Count);
                _overlay.Remove(batch, through);
                Interlocked.Exchange(ref _appliedThrough, through);
                ReleaseSegments(through); // before the waiters: a flushed journal has its applied segments gone too
                ReleaseWaiters(through, failure: null);
                // more than one apply's worth waiting: no pause before the next (what arrived during this apply waits)
                backlog = batch.Count == _options.MaxAppendsPerApply || Volatile.Read(ref _unappliedCount) >= _options.ApplyAfterAppends;
            }
            else
            {
                ReleaseWaiters(Interlocked.Read(ref _appliedThrough), failure: null);
            }

            if (stopping && _unapplied.IsEmpty)
            {
                return;
            }
        }
    }

    private void ReleaseSegments(long appliedThrough)
    {
        try
        {
            _log!.Release(appliedThrough);
        }
        catch (Exception ex)
        {
            LogReleaseFailed(_logger, ex); // the segment stays; a later release, or the next start, removes it
        }
    }

    private void ReleaseWaiters(long appliedThrough, Exception? failure)
    {
        lock (_flushLock)
        {
            _flushWaiters.RemoveAll(waiter =>
            {
                if (failure is not null)
                {
                    waiter.Done.TrySetException(new OrleansException($"The journal's tables could not take its log: {failure.Message}", failure));
                    return true;
                }

                if (waiter.Target > appliedThrough)
                {
                    return false;
                }

                waiter.Done.TrySetResult();
                return true;
            });
        }
    }

    private static readonly TimeSpan _retryDelay = TimeSpan.FromSeconds(1);

    private sealed class PendingAppend(string stream, IReadOnlyList<JournalEvent> events, IReadOnlyList<JournalEntity> entities)
        : TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        public string Stream { get; } = stream;

        public IReadOnlyList<JournalEvent> Events { get; } = events;

        public IReadOnlyList<JournalEntity> Entities { get; } = entities;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Journal log: {Count} appends the tables did not hold were applied from the log, and {Torn} bytes of a torn record were cut off ({Folder})")]
    private static partial void LogRecovered(ILogger logger, int count, long torn, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Journal log write of {Count} appends failed; they were refused")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Journal log: applying {Count} appends to the tables failed; the log keeps them and the apply is retried")]
    private static partial void LogApplyFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Journal log: deleting applied segments failed; they are retried at the next apply")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Journal: the entity-name filter of stream {Stream} could not be built; its lookups keep reading the tables")]
    private static partial void LogEntityFilterFailed(ILogger logger, Exception exception, string stream);

    [LoggerMessage(Level = LogLevel.Error, Message = "Journal log could not be opened")]
    private static partial void LogOpenFailed(ILogger logger, Exception exception);
}
