using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Storage;

namespace OrleansTrading.Persistence;

/// <summary>
/// Orleans grain storage in one local SQLite database (WAL mode): the embedded default, so a single-silo
/// deployment loses nothing on restart. Reads run on pooled connections concurrently with the single
/// <see cref="GroupCommitWriter"/>; ETags are row versions, checked on every write.
/// </summary>
public sealed partial class SqliteGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>, IAsyncDisposable
{
    private readonly string _name;
    private readonly SqliteGrainStorageOptions _options;
    private readonly IGrainStorageSerializer _serializer;
    private readonly ILogger<SqliteGrainStorage> _logger;
    private readonly string _connectionString;
    private readonly Lock _startLock = new();
    private GroupCommitWriter? _writer;

    public SqliteGrainStorage(string name, SqliteGrainStorageOptions options, IGrainStorageSerializer serializer, ILogger<SqliteGrainStorage> logger)
    {
        options.Validate(name);
        _name = name;
        _options = options;
        _serializer = serializer;
        _logger = logger;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(options.DatabasePath),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
    }

    /// <summary>Commits made so far: fewer commits than writes shows group commit at work.</summary>
    public long Commits => _writer?.Commits ?? 0;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe($"{nameof(SqliteGrainStorage)}-{_name}", ServiceLifecycleStage.RuntimeStorageServices, _ => { EnsureStarted(); return Task.CompletedTask; });

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        EnsureStarted();
        await using var connection = await OpenReadConnectionAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload, version FROM grain_state WHERE state_name = $state AND grain_id = $grain";
        command.Parameters.AddWithValue("$state", stateName);
        command.Parameters.AddWithValue("$grain", grainId.ToString());
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        if (await reader.ReadAsync().ConfigureAwait(false))
        {
            var payload = (byte[])reader.GetValue(0);
            grainState.State = _serializer.Deserialize<T>(new BinaryData(payload));
            grainState.ETag = reader.GetInt64(1).ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var writer = EnsureStarted();
        var payload = _serializer.Serialize(grainState.State).ToArray();
        var version = await writer.EnqueueAsync(new GrainStateWrite(stateName, grainId.ToString(), payload, ParseETag(grainState.ETag))).ConfigureAwait(false);
        grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var writer = EnsureStarted();
        await writer.EnqueueAsync(new GrainStateWrite(stateName, grainId.ToString(), null, ParseETag(grainState.ETag))).ConfigureAwait(false);
        grainState.State = Activator.CreateInstance<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is { } writer)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }
    }

    private GroupCommitWriter EnsureStarted()
    {
        if (_writer is { } started)
        {
            return started;
        }

        lock (_startLock)
        {
            if (_writer is null)
            {
                var directory = Path.GetDirectoryName(Path.GetFullPath(_options.DatabasePath));
                if (!string.IsNullOrEmpty(directory))
                {
                    Directory.CreateDirectory(directory);
                }

                var connection = new SqliteConnection(_connectionString);
                connection.Open();
                Execute(connection, "PRAGMA journal_mode = WAL");
                Execute(connection, _options.Durability == SqliteDurability.PowerLossSafe ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
                Execute(connection, "PRAGMA busy_timeout = 10000");
                Execute(connection, """
                    CREATE TABLE IF NOT EXISTS grain_state (
                        state_name TEXT NOT NULL,
                        grain_id   TEXT NOT NULL,
                        payload    BLOB NOT NULL,
                        version    INTEGER NOT NULL,
                        PRIMARY KEY (state_name, grain_id)
                    ) WITHOUT ROWID
                    """);
                LogOpened(_logger, _name, _options.DatabasePath, _options.Durability);
                _writer = new GroupCommitWriter(connection, _options.MaxBatchSize, _logger);
            }

            return _writer;
        }
    }

    private async Task<SqliteConnection> OpenReadConnectionAsync()
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long? ParseETag(string? etag) =>
        etag is null ? null : long.Parse(etag, NumberStyles.None, CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Grain storage {Name} opened {Path} ({Durability})")]
    private static partial void LogOpened(ILogger logger, string name, string path, SqliteDurability durability);
}
