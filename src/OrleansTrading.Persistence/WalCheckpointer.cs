using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace OrleansTrading.Persistence;

/// <summary>
/// Copies committed WAL frames into the database file every 50 ms on its own connection and thread (passive
/// checkpoints: they never block the writer or readers). SQLite's automatic checkpoint runs inside the commit that
/// crosses its threshold, on the single writer, and with the default threshold that made every few commits several
/// times slower; with this running beside it, the writer's own checkpoint finds almost everything already copied and
/// only has to rewind the WAL.
/// </summary>
internal sealed partial class WalCheckpointer : IAsyncDisposable
{
    private static readonly TimeSpan _interval = TimeSpan.FromMilliseconds(50);

    private readonly SqliteConnection _connection;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public WalCheckpointer(string connectionString, ILogger logger)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "PRAGMA busy_timeout = 10000;";
            command.ExecuteNonQuery();
        }

        _logger = logger;
        _loop = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private long _checkpoints;

    /// <summary>Checkpoints completed so far.</summary>
    public long Checkpoints => Interlocked.Read(ref _checkpoints);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        Checkpoint("TRUNCATE"); // leave a short WAL behind on a clean shutdown
        await _connection.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    private void Run()
    {
        while (!_stop.Token.WaitHandle.WaitOne(_interval))
        {
            Checkpoint("PASSIVE");
        }
    }

    /// <summary>Runs one checkpoint; returns the WAL's length in frames and how many of them are now in the database.</summary>
    private (long WalFrames, long Checkpointed) Checkpoint(string mode)
    {
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"PRAGMA wal_checkpoint({mode});";
            using var reader = command.ExecuteReader();
            reader.Read();
            Interlocked.Increment(ref _checkpoints);
            return (reader.GetInt64(1), reader.GetInt64(2));
        }
        catch (SqliteException ex)
        {
            // a busy database or a transient I/O error: the WAL keeps everything committed, the next round retries
            LogCheckpointFailed(_logger, ex, mode);
            return (0, 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WAL checkpoint ({Mode}) failed; it is retried on the next round")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception, string mode);
}
