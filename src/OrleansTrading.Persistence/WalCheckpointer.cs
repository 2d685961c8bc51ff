using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace OrleansTrading.Persistence;

/// <summary>
/// Copies committed WAL frames into the database file every 50 ms on its own connection and thread (passive
/// checkpoints: they do not wait for the writer or readers, and copy what those do not hold back). SQLite's automatic
/// checkpoint runs inside the commit that crosses its threshold, on the single writer, and with the default threshold
/// that made every few commits several times slower; with this running beside it, the writer's own checkpoint (at a
/// higher threshold) finds almost everything already copied.
/// </summary>
internal sealed partial class WalCheckpointer : IAsyncDisposable
{
    private static readonly TimeSpan _interval = TimeSpan.FromMilliseconds(50);

    private readonly SqliteConnection _connection;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _checkpoints;
    private int _disposed;

    public WalCheckpointer(string connectionString, ILogger logger)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        using (var command = _connection.CreateCommand())
        {
            // FULL: a checkpoint syncs the WAL before copying and the database before marking the frames copied
            command.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL;";
            command.ExecuteNonQuery();
        }

        _logger = logger;
        _loop = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Checkpoints that found the WAL's frames all copied into the database (none held back by a busy writer or reader).</summary>
    public long Checkpoints => Interlocked.Read(ref _checkpoints);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "PRAGMA busy_timeout = 1000;"; // a reader still open at shutdown must not hold it up for long
            command.ExecuteNonQuery();
        }

        Checkpoint("TRUNCATE"); // leave a short WAL behind on a clean shutdown (a busy one is simply left for the next start)
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

    private void Checkpoint(string mode)
    {
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"PRAGMA wal_checkpoint({mode});";
            using var reader = command.ExecuteReader();
            // one row: busy (1 when a writer or reader held some frames back), frames in the WAL, frames copied
            if (reader.Read() && reader.GetInt64(0) == 0 && reader.GetInt64(1) == reader.GetInt64(2))
            {
                Interlocked.Increment(ref _checkpoints);
            }
        }
        catch (Exception ex)
        {
            // a busy database or a transient I/O error: the WAL keeps everything committed and the writer's own
            // checkpoint still bounds it; the next round retries. Never let the loop die quietly.
            LogCheckpointFailed(_logger, ex, mode);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WAL checkpoint ({Mode}) failed; it is retried on the next round")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception, string mode);
}
