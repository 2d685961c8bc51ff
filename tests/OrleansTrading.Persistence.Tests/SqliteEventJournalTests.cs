using Microsoft.Extensions.Logging.Abstractions;
using OrleansTrading.Persistence.Journal;

namespace OrleansTrading.Persistence.Tests;

public sealed class SqliteEventJournalTests : EventJournalContract, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ot-journal-" + Guid.NewGuid().ToString("N"));
    private SqliteDatabase _database = null!;

    protected override IEventJournal Journal => new SqliteEventJournal(_database);

    public Task InitializeAsync()
    {
        _database = new SqliteDatabase(new SqliteGrainStorageOptions { DatabasePath = Path.Combine(_folder, "store.db") }, NullLogger<SqliteDatabase>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
