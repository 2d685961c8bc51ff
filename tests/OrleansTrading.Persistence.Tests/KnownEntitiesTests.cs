using System.Text;
using OrleansTrading.Persistence.Journal;
using OrleansTrading.Persistence.Journal.Log;

namespace OrleansTrading.Persistence.Tests;

public sealed class EntityNameFilterTests
{
    [Fact]
    public void A_name_added_is_never_certainly_absent_however_far_the_filter_grew()
    {
        var filter = new EntityNameFilter(initialCapacity: 1_000);
        for (var i = 0; i < 100_000; i++)
        {
            filter.Add($"ACCT-1/order-{i}");
        }

        for (var i = 0; i < 100_000; i++)
        {
            Assert.False(filter.CertainlyAbsent($"ACCT-1/order-{i}"), $"order-{i} was added");
        }

        Assert.Equal(100_000, filter.Count);
    }

    [Fact]
    public void Names_never_added_are_almost_always_certainly_absent()
    {
        var filter = new EntityNameFilter(initialCapacity: 1_000);
        for (var i = 0; i < 50_000; i++)
        {
            filter.Add($"ACCT-1/order-{i}");
        }

        var maybe = Enumerable.Range(0, 100_000).Count(i => !filter.CertainlyAbsent($"ACCT-1/other-{i}"));

        Assert.True(maybe < 1_000, $"{maybe} of 100,000 absent names were not known to be absent");
    }
}

public sealed class KnownEntitiesTests
{
    private readonly List<string> _overlay = ["o-recent"];
    private readonly List<string> _stored = ["o-1", "o-2"];
    private readonly List<(string Stream, Exception Error)> _failures = [];

    [Fact]
    public async Task Nothing_is_certain_until_the_stream_is_built_and_then_only_names_it_never_held_are_absent()
    {
        var known = Known();

        Assert.False(known.CertainlyAbsent("acct", "o-new"), "the first lookup only starts the build");
        await known.Built;

        Assert.True(known.CertainlyAbsent("acct", "o-new"));
        Assert.False(known.CertainlyAbsent("acct", "o-1"));
        Assert.False(known.CertainlyAbsent("acct", "o-recent"));
        known.Added("acct", "o-3");
        Assert.False(known.CertainlyAbsent("acct", "o-3"));
        Assert.False(known.CertainlyAbsent("other", "o-new"), "every stream is built on its own");
    }

    [Fact]
    public async Task A_name_the_writer_accepts_while_the_tables_are_being_read_is_held()
    {
        KnownEntities known = null!;
        IEnumerable<string> Stored(string stream)
        {
            yield return "o-1";
            known.Added(stream, "o-during"); // accepted (and then applied and dropped from the overlay) mid-read
            yield return "o-2";
        }

        known = new KnownEntities(_ => _overlay, _ => _stored.Count, Stored, (s, e) => _failures.Add((s, e)));
        known.CertainlyAbsent("acct", "o-x");
        await known.Built;

        Assert.False(known.CertainlyAbsent("acct", "o-during"));
        Assert.True(known.CertainlyAbsent("acct", "o-x"));
    }

    [Fact]
    public async Task A_stream_whose_build_fails_keeps_reading_the_tables_and_says_so()
    {
        var known = new KnownEntities(_ => _overlay, _ => 2, _ => throw new IOException("disk gone"), (s, e) => _failures.Add((s, e)));

        known.CertainlyAbsent("acct", "o-new");
        await known.Built;

        Assert.False(known.CertainlyAbsent("acct", "o-new"));
        Assert.Equal("acct", Assert.Single(_failures).Stream);
    }

    private KnownEntities Known() => new(_ => _overlay, _ => _stored.Count, _ => _stored, (s, e) => _failures.Add((s, e)));
}

/// <summary>The journal's lookups of entities the tables hold, once their stream's filter is built.</summary>
public sealed class LoggedEventJournalEntityFilterTests : IAsyncDisposable
{
    private readonly JournalFiles _files = new();

    [Fact]
    public async Task Stored_entities_are_found_and_refused_as_duplicates_after_a_restart_and_new_ones_are_not()
    {
        var first = _files.Open(new JournalLogOptions());
        await first.AppendAsync("acct", [Event("acct", 1, "o-1", 1)], [Entity("acct", "o-1", 1)]);
        await first.DisposeAsync(); // a clean stop: everything applied to the tables, the log removed

        var journal = _files.Open(new JournalLogOptions());
        Assert.Null(await journal.FindEntityAsync("acct", "o-new")); // starts the stream's filter
        await journal.EntityFiltersBuilt;

        Assert.Null(await journal.FindEntityAsync("acct", "o-new"));
        Assert.Equal(1, (await journal.FindEntityAsync("acct", "o-1"))!.LastEntityNumber);
        await Assert.ThrowsAsync<JournalDuplicateException>(() => journal.AppendAsync("acct", [Event("acct", 2, "o-1", 1)], [Entity("acct", "o-1", 1)]));
        await journal.AppendAsync("acct", [Event("acct", 2, "o-new", 1)], [Entity("acct", "o-new", 1)]);
        Assert.NotNull(await journal.FindEntityAsync("acct", "o-new"));
    }

    public ValueTask DisposeAsync() => _files.DisposeAsync();

    private static JournalEvent Event(string stream, long sequence, string entity, int number) =>
        new(stream, sequence, entity, number, Encoding.UTF8.GetBytes($"{entity}#{number}"));

    private static JournalEntity Entity(string stream, string entity, int lastNumber) =>
        new(stream, entity, lastNumber, "AAPL", "s-1", "New", true, lastNumber, Encoding.UTF8.GetBytes(entity));
}
