using Microsoft.Data.Sqlite;

namespace OrleansTrading.Persistence;

/// <summary>The writer's connection and open transaction, with prepared statements cached by SQL text.</summary>
internal sealed class SqliteWriteContext(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteTransaction? Transaction { get; set; }

    /// <summary>A prepared command for <paramref name="sql"/>, parameters cleared, enlisted in the current transaction.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Parameters.Clear();
        command.Transaction = Transaction;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }
}
