using System.Text;
using OrleansTrading.Persistence.Journal;

namespace OrleansTrading.Persistence.Tests;

/// <summary>
/// The behaviour every <see cref="IEventJournal"/> must have; run against each implementation
/// (SQLite here, Azure Table on Azurite in the integration tests).
/// </summary>
public abstract class EventJournalContract
{
    protected abstract IEventJournal Journal { get; }

    [Fact]
    public async Task Events_are_read_back_in_sequence_from_any_position()
    {
        await Journal.AppendAsync("acct-1", [Event("acct-1", 1, "o1", 1), Event("acct-1", 2, "o1", 2)], [Entity("acct-1", "o1", 100, "New", true, 2)]);
        await Journal.AppendAsync("acct-1", [Event("acct-1", 3, "o2", 1)], [Entity("acct-1", "o2", 200, "New", true, 1)]);

        var all = await Journal.ReadAsync("acct-1", 0, 100);
        var after2 = await Journal.ReadAsync("acct-1", 2, 100);
        var firstTwo = await Journal.ReadAsync("acct-1", 0, 2);

        Assert.Equal([1L, 2L, 3L], all.Select(e => e.Sequence));
        Assert.Equal([3L], after2.Select(e => e.Sequence));
        Assert.Equal([1L, 2L], firstTwo.Select(e => e.Sequence));
        Assert.Equal("o1#2", Encoding.UTF8.GetString(all[1].Payload.Span));
        Assert.Equal(3, await Journal.LastSequenceAsync("acct-1"));
    }

    [Fact]
    public async Task Streams_are_independent()
    {
        await Journal.AppendAsync("acct-a", [Event("acct-a", 1, "o1", 1)], [Entity("acct-a", "o1", 1, "New", true, 1)]);

        Assert.Empty(await Journal.ReadAsync("acct-b", 0, 10));
        Assert.Equal(0, await Journal.LastSequenceAsync("acct-b"));
        Assert.Empty((await Journal.QueryAsync("acct-b", new EntityQuery())).Entities);
    }

    [Fact]
    public async Task Entity_summary_is_replaced_by_the_latest_append()
    {
        await Journal.AppendAsync("acct-2", [Event("acct-2", 1, "o1", 1)], [Entity("acct-2", "o1", 100, "New", true, 1)]);
        await Journal.AppendAsync("acct-2", [Event("acct-2", 2, "o1", 2)], [Entity("acct-2", "o1", 100, "Filled", false, 2)]);

        var entity = await Journal.GetEntityAsync("acct-2", "o1", 100);

        Assert.NotNull(entity);
        Assert.Equal("Filled", entity.Status);
        Assert.False(entity.IsOpen);
        Assert.Equal(2, entity.LastEntityNumber);
        Assert.Null(await Journal.GetEntityAsync("acct-2", "nope", 100));
    }

    [Fact]
    public async Task Payloads_larger_than_one_table_property_round_trip()
    {
        var payload = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 31 % 251)).ToArray();
        await Journal.AppendAsync("acct-big", [new JournalEvent("acct-big", 1, "o1", 1, payload)], [Entity("acct-big", "o1", 7, "Filled", false, 1) with { Payload = payload }]);

        Assert.Equal(payload, (await Journal.ReadAsync("acct-big", 0, 10)).Single().Payload.ToArray());
        Assert.Equal(payload, (await Journal.FindEntityAsync("acct-big", "o1"))!.Payload.ToArray());
        Assert.Equal(payload, (await Journal.QueryAsync("acct-big", new EntityQuery())).Entities.Single().Payload.ToArray());
    }

    [Fact]
    public async Task An_entity_is_found_by_its_name_alone_at_its_latest_summary()
    {
        await Journal.AppendAsync("acct-find", [Event("acct-find", 1, "o/1?", 1)], [Entity("acct-find", "o/1?", 4_200, "New", true, 1)]);
        await Journal.AppendAsync("acct-find", [Event("acct-find", 2, "o2", 1)], [Entity("acct-find", "o2", 4_300, "New", true, 1)]);
        await Journal.AppendAsync("acct-find", [Event("acct-find", 3, "o/1?", 2)], [Entity("acct-find", "o/1?", 4_200, "Filled", false, 2)]);

        var found = await Journal.FindEntityAsync("acct-find", "o/1?");

        Assert.NotNull(found);
        Assert.Equal(4_200, found.CreatedNanos);
        Assert.Equal("Filled", found.Status);
        Assert.Equal(2, found.LastEntityNumber);
        Assert.Equal("o2", (await Journal.FindEntityAsync("acct-find", "o2"))!.Entity);
        Assert.Null(await Journal.FindEntityAsync("acct-find", "nope"));
        Assert.Null(await Journal.FindEntityAsync("acct-other", "o2"));
    }

    [Fact]
    public async Task Queries_filter_by_tags_status_and_openness_and_page_in_creation_order()
    {
        for (var i = 1; i <= 7; i++)
        {
            var open = i % 2 == 1;
            await Journal.AppendAsync("acct-3", [Event("acct-3", i, "o" + i, 1)],
                [Entity("acct-3", "o" + i, 1000 - i, open ? "New" : "Filled", open, 1, tag1: i <= 4 ? "AAPL" : "MSFT", tag2: i % 3 == 0 ? "s-x" : "s-y")]);
        }

        var page1 = await Journal.QueryAsync("acct-3", new EntityQuery(PageSize: 3));
        var page2 = await Journal.QueryAsync("acct-3", new EntityQuery(PageSize: 3, PageToken: page1.NextPageToken));
        var page3 = await Journal.QueryAsync("acct-3", new EntityQuery(PageSize: 3, PageToken: page2.NextPageToken));

        Assert.Equal(["o7", "o6", "o5"], page1.Entities.Select(e => e.Entity));
        Assert.Equal(["o4", "o3", "o2"], page2.Entities.Select(e => e.Entity));
        Assert.Equal(["o1"], page3.Entities.Select(e => e.Entity));
        Assert.Null(page3.NextPageToken);

        Assert.Equal(["o4", "o3", "o2", "o1"], (await Journal.QueryAsync("acct-3", new EntityQuery(Tag1: "AAPL"))).Entities.Select(e => e.Entity));
        Assert.Equal(["o6", "o3"], (await Journal.QueryAsync("acct-3", new EntityQuery(Tag2: "s-x"))).Entities.Select(e => e.Entity));
        Assert.Equal(["o7", "o5", "o3", "o1"], (await Journal.QueryAsync("acct-3", new EntityQuery(OpenOnly: true))).Entities.Select(e => e.Entity));
        Assert.Equal(["o6", "o4", "o2"], (await Journal.QueryAsync("acct-3", new EntityQuery(Statuses: ["Filled"]))).Entities.Select(e => e.Entity));
        Assert.Equal(["o3", "o1"], (await Journal.QueryAsync("acct-3", new EntityQuery(Tag1: "AAPL", OpenOnly: true))).Entities.Select(e => e.Entity));
    }

    [Fact]
    public async Task A_page_token_that_was_not_issued_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Journal.QueryAsync("acct-4", new EntityQuery(PageToken: "garbage!")));
        Assert.Contains("next_page_token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_number_already_stored_for_an_entity_fails_the_whole_append()
    {
        await Journal.AppendAsync("acct-5", [Event("acct-5", 1, "o1", 1)], [Entity("acct-5", "o1", 1, "New", true, 1)]);

        var duplicate = await Assert.ThrowsAsync<JournalDuplicateException>(() =>
            Journal.AppendAsync("acct-5", [Event("acct-5", 2, "o2", 1), Event("acct-5", 3, "o1", 1)], [Entity("acct-5", "o2", 2, "New", true, 1)]));

        Assert.Equal(("o1", 1), (duplicate.Entity, duplicate.Number));
        Assert.Equal(1, await Journal.LastSequenceAsync("acct-5"));
        Assert.Null(await Journal.GetEntityAsync("acct-5", "o2", 2));
        Assert.Single(await Journal.ReadAsync("acct-5", 0, 10));
    }

    [Fact]
    public async Task A_sequence_already_stored_is_a_conflict_and_stores_nothing()
    {
        await Journal.AppendAsync("acct-6", [Event("acct-6", 1, "o1", 1)], []);

        await Assert.ThrowsAsync<JournalSequenceConflictException>(() => Journal.AppendAsync("acct-6", [Event("acct-6", 1, "o2", 1)], []));

        Assert.Equal("o1", (await Journal.ReadAsync("acct-6", 0, 10)).Single().Entity);
    }

    [Fact]
    public async Task A_refused_append_does_not_disturb_appends_made_at_the_same_time()
    {
        await Journal.AppendAsync("acct-7", [Event("acct-7", 1, "o1", 1)], [Entity("acct-7", "o1", 1, "New", true, 1)]);

        var others = Enumerable.Range(0, 20).Select(i => Journal.AppendAsync("acct-7-" + i, [Event("acct-7-" + i, 1, "x", 1)], [])).ToList();
        var refused = Journal.AppendAsync("acct-7", [Event("acct-7", 2, "o1", 1)], []);

        await Assert.ThrowsAsync<JournalDuplicateException>(() => refused);
        await Task.WhenAll(others);
        Assert.All(Enumerable.Range(0, 20), i => Assert.Equal(1, Journal.LastSequenceAsync("acct-7-" + i).Result));
    }

    protected static JournalEvent Event(string stream, long sequence, string entity, int number) =>
        new(stream, sequence, entity, number, Encoding.UTF8.GetBytes($"{entity}#{number}"));

    protected static JournalEntity Entity(string stream, string entity, long created, string status, bool open, int lastNumber, string tag1 = "AAPL", string tag2 = "s-1") =>
        new(stream, entity, created, tag1, tag2, status, open, lastNumber, Encoding.UTF8.GetBytes(entity + ":" + status));
}
