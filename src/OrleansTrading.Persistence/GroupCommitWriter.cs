using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace OrleansTrading.Persistence;

/// <summary>
/// The single writer of the local database. Concurrent writes queue up; the writer takes everything waiting
/// (up to a batch limit), applies it in one transaction, commits once (one fsync in power-loss-safe mode),
/// and only then releases each caller. A write refused on its own merits (a version conflict) fails alone;
/// a failed commit fails the whole batch and changes nothing.
/// </summary>
internal sealed partial class GroupCommitWriter : IAsyncDisposable
{
    private readonly Channel<ISqliteWrite> _queue = Channel.CreateUnbounded<ISqliteWrite>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = false, AllowSynchronousContinuations = false });

    private readonly SqliteConnection _connection;
    private readonly SqliteWriteContext _context;
    private readonly int _maxBatchSize;
    private readonly ILogger _logger;
    private readonly Task _loop;
    private readonly List<ISqliteWrite> _batch = [];
    private readonly List<ISqliteWrite> _applied = [];
    private long _commits;

    public GroupCommitWriter(SqliteConnection connection, int maxBatchSize, ILogger logger)
    {
        _connection = connection;
        _context = new SqliteWriteContext(connection);
        _maxBatchSize = maxBatchSize;
        _logger = logger;
        _loop = Task.Factory.StartNew(RunAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }

    /// <summary>Transactions committed so far; fewer than the writes made shows batching at work.</summary>
    public long Commits => Interlocked.Read(ref _commits);

    public void Enqueue(ISqliteWrite write)
    {
        if (!_queue.Writer.TryWrite(write))
        {
            write.Failed(new ObjectDisposedException(nameof(GroupCommitWriter), "The local store is shutting down; the write was not made."));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        _context.Dispose();
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (_batch.Count < _maxBatchSize && reader.TryRead(out var write))
            {
                _batch.Add(write);
            }

            CommitBatch();
            _batch.Clear();
            _applied.Clear();
        }
    }

    private void CommitBatch()
    {
        try
        {
            using (var transaction = _connection.BeginTransaction(deferred: false))
            {
                _context.Transaction = transaction;
                foreach (var write in _batch)
                {
                    if (write.Apply(_context))
                    {
                        _applied.Add(write);
                    }
                }

                transaction.Commit();
            }

            Interlocked.Increment(ref _commits);
        }
        catch (Exception ex)
        {
            LogCommitFailed(_logger, ex, _batch.Count);
            var failure = new OrleansException($"Local store commit failed; nothing in this batch was stored: {ex.Message}", ex);
            foreach (var write in _batch)
            {
                write.Failed(failure);
            }

            return;
        }
        finally
        {
            _context.Transaction = null;
        }

        foreach (var write in _applied)
        {
            write.Committed();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Local store commit of {Count} writes failed")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception, int count);
}
