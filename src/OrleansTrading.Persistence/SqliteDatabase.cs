using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace OrleansTrading.Persistence;

/// <summary>
/// The embedded deployment's one local database file (WAL mode): grain state and the order journal live
/// side by side so that a grain-state write and a journal append made together share one commit. Writes go
/// through the single <see cref="GroupCommitWriter"/>; reads use pooled connections concurrently.
/// </summary>
public sealed partial class SqliteDatabase : IAsyncDisposable
{
    private readonly SqliteGrainStorageOptions _options;
    private readonly ILogger<SqliteDatabase> _logger;
    private readonly string _connectionString;
    private readonly Lock _startLock = new();
    private GroupCommitWriter? _writer;
    private WalCheckpointer? _checkpointer;

    public SqliteDatabase(SqliteGrainStorageOptions options, ILogger<SqliteDatabase> logger)
    {
        options.Validate("local database");
        _options = options;
        _logger = logger;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(options.DatabasePath),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
    }

    public string DatabasePath => _options.DatabasePath;

    public SqliteDurability Durability => _options.Durability;

    /// <summary>Transactions committed so far.</summary>
    public long Commits => _writer?.Commits ?? 0;

    /// <summary>Background WAL checkpoints completed so far.</summary>
    public long Checkpoints => _checkpointer?.Checkpoints ?? 0;

    internal void Enqueue(ISqliteWrite write) => Writer.Enqueue(write);

    private const int MaxPooledReaders = 16;
    private const int WriterCheckpointFrames = 8_192;
    private readonly System.Collections.Concurrent.ConcurrentBag<SqliteReadLease> _readers = [];

    /// <summary>A pooled read connection; dispose it to return it.</summary>
    internal SqliteReadLease LeaseReader()
    {
        _ = Writer;
        if (_readers.TryTake(out var lease))
        {
            lease.Owner = this;
            return lease;
        }

        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return new SqliteReadLease(connection, this);
    }

    internal void Return(SqliteReadLease lease)
    {
        if (_readers.Count < MaxPooledReaders)
        {
            _readers.Add(lease);
        }
        else
        {
            lease.Close();
        }
    }

    internal async Task<SqliteConnection> OpenReadConnectionAsync()
    {
        _ = Writer;
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        while (_readers.TryTake(out var lease))
        {
            lease.Close();
        }

        try
        {
            if (_writer is { } writer)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            if (_checkpointer is { } checkpointer)
            {
                await checkpointer.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private GroupCommitWriter Writer
    {
        get
        {
            if (_writer is { } started)
            {
                return started;
            }

            lock (_startLock)
            {
                return _writer ??= Open();
            }
        }
    }

    private GroupCommitWriter Open()
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(_options.DatabasePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText =
                "PRAGMA journal_mode = WAL;" +
                (_options.Durability == SqliteDurability.PowerLossSafe ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;") +
                "PRAGMA busy_timeout = 10000;" +
                // WalCheckpointer copies frames into the database beside the writer; the writer's own (automatic)
                // checkpoint is left only the remainder, and it is what rewinds the WAL under continuous writes
                $"PRAGMA wal_autocheckpoint = {WriterCheckpointFrames};" +
                // SQLite's default page cache (2 MiB) on purpose: every commit walks the whole cache's hash table
                // (pcache1TruncateUnsafe), so a 64 MiB cache cost 6.5 % of the process's CPU; re-reading an evicted
                // leaf from the OS page cache costs ~1 % (perf, docs/benchmarks.md)
                // a rewound WAL is cut back to this size rather than keeping its high-water mark on disk
                "PRAGMA journal_size_limit = 67108864;" +
                SqliteSchema.Create;
            command.ExecuteNonQuery();
        }

        var writer = new GroupCommitWriter(connection, _options.MaxBatchSize, _logger);
        try
        {
            _checkpointer = new WalCheckpointer(_connectionString, _logger);
        }
        catch
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult(); // nothing was queued yet: this returns at once
            throw;
        }

        LogOpened(_logger, _options.DatabasePath, _options.Durability);
        return writer;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Local database {Path} opened ({Durability})")]
    private static partial void LogOpened(ILogger logger, string path, SqliteDurability durability);
}
