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

    [Fact]
    public async Task Stored_entity_names_are_read_in_key_ordered_pages()
    {
        var journal = new SqliteEventJournal(_database);
        var names = new[] { "o-5", "o-1", "o-4", "o-2", "o-3" };
        for (var i = 0; i < names.Length; i++)
        {
            await journal.AppendAsync("acct", [new JournalEvent("acct", i + 1, names[i], 1, new byte[] { 1 })], [new JournalEntity("acct", names[i], 1, "", "", "New", true, 1, new byte[] { 1 })]);
        }

        await journal.AppendAsync("other", [new JournalEvent("other", 1, "o-0", 1, new byte[] { 1 })], [new JournalEntity("other", "o-0", 1, "", "", "New", true, 1, new byte[] { 1 })]);

        Assert.Equal(["o-1", "o-2"], journal.StoredEntityNamesAfter("acct", null, 2));
        Assert.Equal(["o-3", "o-4"], journal.StoredEntityNamesAfter("acct", "o-2", 2));
        Assert.Equal(["o-5"], journal.StoredEntityNamesAfter("acct", "o-4", 2));
        Assert.Equal(5, journal.StoredEntityCount("acct"));
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
