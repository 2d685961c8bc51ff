using Microsoft.Data.Sqlite;

namespace OrleansTrading.Persistence;

/// <summary>
/// A pooled read connection with its prepared commands, returned to the pool on dispose. Reads are short indexed
/// lookups run synchronously (SQLite has no async I/O), so keeping connections and statements open saves most of
/// their cost.
/// </summary>
internal sealed class SqliteReadLease(SqliteConnection connection, SqliteDatabase owner) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteConnection Connection { get; } = connection;

    public SqliteDatabase? Owner { get; set; } = owner;

    /// <summary>A prepared command for <paramref name="sql"/> with its parameters cleared.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        if (Owner is { } owner)
        {
            Owner = null;
            owner.Return(this);
        }
    }

    internal void Close()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        Connection.Dispose();
    }
}
