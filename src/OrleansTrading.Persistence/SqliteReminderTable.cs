using System.Globalization;
using Microsoft.Data.Sqlite;
using Orleans;
using Orleans.Runtime;

namespace OrleansTrading.Persistence;

/// <summary>
/// Durable Orleans reminders in a local SQLite file, for the embedded single-silo deployment (Azure Table
/// reminders are used when clustered). Reminder writes are rare, so each is its own fsynced transaction.
/// </summary>
public sealed class SqliteReminderTable : IReminderTable
{
    private readonly string _connectionString;
    private readonly string _path;

    public SqliteReminderTable(string databasePath)
    {
        _path = Path.GetFullPath(databasePath);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = _path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
    }

    public async Task Init()
    {
        var directory = Path.GetDirectoryName(_path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await using var connection = await OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS reminders (
                grain_id      TEXT NOT NULL,
                reminder_name TEXT NOT NULL,
                grain_hash    INTEGER NOT NULL,
                start_at      INTEGER NOT NULL,
                period        INTEGER NOT NULL,
                version       INTEGER NOT NULL,
                PRIMARY KEY (grain_id, reminder_name)
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS reminders_by_hash ON reminders (grain_hash);
            """;
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public Task<ReminderTableData> ReadRows(GrainId grainId) =>
        QueryAsync("SELECT * FROM reminders WHERE grain_id = $grain", c => c.Parameters.AddWithValue("$grain", grainId.ToString()));

    /// <summary>Reminders whose grain hash lies in the ring range (begin, end], wrapping past zero when begin ≥ end.</summary>
    public Task<ReminderTableData> ReadRows(uint begin, uint end) =>
        QueryAsync(
            begin < end
                ? "SELECT * FROM reminders WHERE grain_hash > $begin AND grain_hash <= $end"
                : "SELECT * FROM reminders WHERE grain_hash > $begin OR grain_hash <= $end",
            c =>
            {
                c.Parameters.AddWithValue("$begin", (long)begin);
                c.Parameters.AddWithValue("$end", (long)end);
            });

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        var rows = await QueryAsync(
            "SELECT * FROM reminders WHERE grain_id = $grain AND reminder_name = $name",
            c =>
            {
                c.Parameters.AddWithValue("$grain", grainId.ToString());
                c.Parameters.AddWithValue("$name", reminderName);
            }).ConfigureAwait(false);
        return rows.Reminders.FirstOrDefault();
    }

    public async Task<string?> UpsertRow(ReminderEntry entry)
    {
        await using var connection = await OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO reminders (grain_id, reminder_name, grain_hash, start_at, period, version)
            VALUES ($grain, $name, $hash, $start, $period, 1)
            ON CONFLICT (grain_id, reminder_name) DO UPDATE SET
                start_at = excluded.start_at, period = excluded.period, version = reminders.version + 1
            RETURNING version
            """;
        command.Parameters.AddWithValue("$grain", entry.GrainId.ToString());
        command.Parameters.AddWithValue("$name", entry.ReminderName);
        command.Parameters.AddWithValue("$hash", (long)entry.GrainId.GetUniformHashCode());
        command.Parameters.AddWithValue("$start", entry.StartAt.ToUniversalTime().Ticks);
        command.Parameters.AddWithValue("$period", entry.Period.Ticks);
        var version = (long)(await command.ExecuteScalarAsync().ConfigureAwait(false))!;
        return version.ToString(CultureInfo.InvariantCulture);
    }

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        await using var connection = await OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM reminders WHERE grain_id = $grain AND reminder_name = $name AND version = $version";
        command.Parameters.AddWithValue("$grain", grainId.ToString());
        command.Parameters.AddWithValue("$name", reminderName);
        command.Parameters.AddWithValue("$version", long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1L);
        return await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
    }

    public async Task TestOnlyClearTable()
    {
        await using var connection = await OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM reminders";
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private async Task<ReminderTableData> QueryAsync(string sql, Action<SqliteCommand> bind)
    {
        await using var connection = await OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(reader.GetOrdinal("grain_id"))),
                ReminderName = reader.GetString(reader.GetOrdinal("reminder_name")),
                StartAt = new DateTime(reader.GetInt64(reader.GetOrdinal("start_at")), DateTimeKind.Utc),
                Period = TimeSpan.FromTicks(reader.GetInt64(reader.GetOrdinal("period"))),
                ETag = reader.GetInt64(reader.GetOrdinal("version")).ToString(CultureInfo.InvariantCulture),
            });
        }

        return new ReminderTableData(entries);
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000;";
        await pragma.ExecuteNonQueryAsync().ConfigureAwait(false);
        return connection;
    }
}
