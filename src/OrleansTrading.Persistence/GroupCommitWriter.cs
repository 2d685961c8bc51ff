using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace OrleansTrading.Persistence;

/// <summary>
/// The single writer of the grain-state database. Concurrent writes queue up; the writer takes everything
/// waiting (up to <see cref="SqliteGrainStorageOptions.MaxBatchSize"/>), applies it in one transaction with
/// optimistic version checks, commits once (one fsync), and only then releases each caller. A version
/// conflict fails only its own write; a failed commit fails the whole batch and changes nothing.
/// </summary>
internal sealed partial class GroupCommitWriter : IAsyncDisposable
{
    private readonly Channel<GrainStateWrite> _queue = Channel.CreateUnbounded<GrainStateWrite>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = false, AllowSynchronousContinuations = false });

    private readonly SqliteConnection _connection;
    private readonly int _maxBatchSize;
    private readonly ILogger _logger;
    private readonly Task _loop;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _delete;
    private readonly List<GrainStateWrite> _batch = [];
    private readonly List<(GrainStateWrite Write, long Version)> _applied = [];

    public GroupCommitWriter(SqliteConnection connection, int maxBatchSize, ILogger logger)
    {
        _connection = connection;
        _maxBatchSize = maxBatchSize;
        _logger = logger;
        _insert = Prepare("""
            INSERT INTO grain_state (state_name, grain_id, payload, version) VALUES ($state, $grain, $payload, 1)
            ON CONFLICT (state_name, grain_id) DO NOTHING
            """);
        _update = Prepare("""
            UPDATE grain_state SET payload = $payload, version = version + 1
            WHERE state_name = $state AND grain_id = $grain AND version = $expected
            """);
        _delete = Prepare("DELETE FROM grain_state WHERE state_name = $state AND grain_id = $grain AND version = $expected");
        _loop = Task.Factory.StartNew(RunAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }

    /// <summary>Total commits so far (for diagnostics and tests of batching).</summary>
    public long Commits { get; private set; }

    public Task<long> EnqueueAsync(GrainStateWrite write)
    {
        if (!_queue.Writer.TryWrite(write))
        {
            write.TrySetException(new ObjectDisposedException(nameof(GroupCommitWriter), "The grain store is shutting down; the write was not made."));
        }

        return write.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        _insert.Dispose();
        _update.Dispose();
        _delete.Dispose();
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
            using var transaction = _connection.BeginTransaction(deferred: false);
            foreach (var write in _batch)
            {
                var version = Apply(write, transaction);
                if (version is { } applied)
                {
                    _applied.Add((write, applied));
                }
            }

            transaction.Commit();
            Commits++;
        }
        catch (Exception ex)
        {
            LogCommitFailed(_logger, ex, _batch.Count);
            foreach (var write in _batch)
            {
                write.TrySetException(new OrleansException($"Grain state commit failed; nothing in this batch was stored: {ex.Message}", ex));
            }

            return;
        }

        foreach (var (write, version) in _applied)
        {
            write.TrySetResult(version);
        }
    }

    /// <summary>Runs one write inside the batch; returns the new version, or null after failing the write for a conflict.</summary>
    private long? Apply(GrainStateWrite write, SqliteTransaction transaction)
    {
        SqliteCommand command;
        if (write.IsDelete)
        {
            if (write.ExpectedVersion is null)
            {
                return 0;
            }

            command = _delete;
        }
        else
        {
            command = write.ExpectedVersion is null ? _insert : _update;
        }

        command.Transaction = transaction;
        command.Parameters["$state"].Value = write.StateName;
        command.Parameters["$grain"].Value = write.GrainId;
        command.Parameters["$payload"].Value = (object?)write.Payload ?? DBNull.Value;
        command.Parameters["$expected"].Value = write.ExpectedVersion ?? 0L;
        if (command.ExecuteNonQuery() == 1)
        {
            return write.IsDelete ? 0 : (write.ExpectedVersion ?? 0) + 1;
        }

        write.TrySetException(new InconsistentStateException(
            $"Grain state '{write.StateName}' of {write.GrainId} was changed by someone else " +
            $"(expected version {write.ExpectedVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}); reactivate the grain to read the current state."));
        return null;
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$state", SqliteType.Text);
        command.Parameters.Add("$grain", SqliteType.Text);
        command.Parameters.Add("$payload", SqliteType.Blob);
        command.Parameters.Add("$expected", SqliteType.Integer);
        return command;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Grain state commit of {Count} writes failed")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception, int count);
}
