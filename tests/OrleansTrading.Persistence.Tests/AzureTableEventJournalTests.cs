using Azure.Data.Tables;
using OrleansTrading.Persistence.Journal;
using OrleansTrading.Testing;

namespace OrleansTrading.Persistence.Tests;

/// <summary>The journal contract against Azure Table storage, served by Azurite on loopback.</summary>
public sealed class AzureTableEventJournalTests(AzureTableEventJournalTests.Azurite azurite) : EventJournalContract, IClassFixture<AzureTableEventJournalTests.Azurite>, IAsyncLifetime
{
    private IEventJournal? _journal;

    protected override IEventJournal Journal => _journal!;

    public async Task InitializeAsync()
    {
        var service = new TableServiceClient(await azurite.Fixture.ConnectionStringAsync());
        _journal = new AzureTableEventJournal(service, "Journal" + Guid.NewGuid().ToString("N")[..12]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Identifiers_with_characters_forbidden_in_table_keys_are_stored_and_found()
    {
        await Journal.AppendAsync("acct/1#x", [Event("acct/1#x", 1, "ord?/1%", 1)], [Entity("acct/1#x", "ord?/1%", 5, "New", true, 1)]);

        var entity = await Journal.GetEntityAsync("acct/1#x", "ord?/1%", 5);

        Assert.NotNull(entity);
        Assert.Equal("ord?/1%", entity.Entity);
        Assert.Equal("ord?/1%", (await Journal.ReadAsync("acct/1#x", 0, 10)).Single().Entity);
    }

    public sealed class Azurite : IAsyncLifetime
    {
        public AzuriteFixture Fixture { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Fixture.DisposeAsync();
    }
}
