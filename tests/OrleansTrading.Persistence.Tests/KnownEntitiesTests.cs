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
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly List<string> _overlay = ["o-recent"];
    private readonly List<string> _stored = ["o-1", "o-2"];
    private readonly List<(string Stream, Exception Error)> _failures = [];

    [Fact]
    public async Task Once_built_only_names_the_stream_never_held_are_certainly_absent()
    {
        await using var known = Known();

        Assert.False(known.CertainlyAbsent("acct", "o-new"), "the first lookup only starts the build");
        await known.Built.WaitAsync(Patience);

        Assert.True(known.CertainlyAbsent("acct", "o-new"));
        Assert.False(known.CertainlyAbsent("acct", "o-1"));
        Assert.False(known.CertainlyAbsent("acct", "o-recent"));
        known.Added("acct", "o-3");
        Assert.False(known.CertainlyAbsent("acct", "o-3"));
        Assert.False(known.CertainlyAbsent("other", "o-new"), "every stream is built on its own");
        Assert.Empty(_failures);
    }

    [Fact]
    public async Task While_the_tables_are_being_read_nothing_is_certain()
    {
        var reading = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        await using var known = new KnownEntities(_ => _overlay, _ => _stored.Count, (_, after, max) =>
        {
            reading.TrySetResult();
            release.Task.Wait(Patience);
            return Page(_stored, after, max);
        }, Failed);

        known.CertainlyAbsent("acct", "o-new");
        await reading.Task.WaitAsync(Patience);

        Assert.False(known.CertainlyAbsent("acct", "o-2"), "o-2 is stored, and not read yet");
        release.SetResult();
        await known.Built.WaitAsync(Patience);
        Assert.False(known.CertainlyAbsent("acct", "o-2"));
        Assert.True(known.CertainlyAbsent("acct", "o-new"));
    }

    [Fact]
    public async Task A_name_accepted_before_the_filter_exists_is_kept()
    {
        var counting = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        await using var known = new KnownEntities(_ => _overlay, _ =>
        {
            counting.TrySetResult();
            release.Task.Wait(Patience);
            return _stored.Count;
        }, (_, after, max) => Page(_stored, after, max), Failed);

        known.CertainlyAbsent("acct", "o-new");
        await counting.Task.WaitAsync(Patience);
        known.Added("acct", "o-early"); // accepted (and later applied and dropped from the overlay) meanwhile
        release.SetResult();
        await known.Built.WaitAsync(Patience);

        Assert.False(known.CertainlyAbsent("acct", "o-early"));
    }

    [Fact]
    public async Task An_entity_applied_while_the_stream_is_built_is_held_whichever_side_it_was_on()
    {
        // the apply commits right after the tables' first read: the entity leaves the overlay for the tables then
        var overlay = new List<string> { "o-moving" };
        var stored = new List<string> { "o-1" };
        await using var known = new KnownEntities(_ => [.. overlay], _ => stored.Count, (_, after, max) =>
        {
            var page = Page(stored, after, max);
            if (overlay.Remove("o-moving"))
            {
                stored.Add("o-moving");
            }

            return page;
        }, Failed);

        known.CertainlyAbsent("acct", "o-new");
        await known.Built.WaitAsync(Patience);

        Assert.False(known.CertainlyAbsent("acct", "o-moving"));
    }

    [Fact]
    public async Task Tables_larger_than_a_page_are_read_to_the_end()
    {
        var stored = Enumerable.Range(0, KnownEntities.PageSize * 2 + 5).Select(i => $"o-{i:D6}").ToList();
        await using var known = new KnownEntities(_ => [], _ => stored.Count, (_, after, max) => Page(stored, after, max), Failed);

        known.CertainlyAbsent("acct", "o-new");
        await known.Built.WaitAsync(Patience);

        Assert.All(stored, name => Assert.False(known.CertainlyAbsent("acct", name), name));
    }

    [Fact]
    public async Task A_stream_whose_build_fails_keeps_reading_the_tables_and_says_so()
    {
        await using var known = new KnownEntities(_ => _overlay, _ => 2, (_, _, _) => throw new IOException("disk gone"), Failed);

        known.CertainlyAbsent("acct", "o-new");
        await known.Built.WaitAsync(Patience);

        Assert.False(known.CertainlyAbsent("acct", "o-new"));
        Assert.Equal("acct", Assert.Single(_failures).Stream);
    }

    private KnownEntities Known() => new(_ => _overlay, _ => _stored.Count, (_, after, max) => Page(_stored, after, max), Failed);

    private void Failed(string stream, Exception error) => _failures.Add((stream, error));

    /// <summary>What the tables' paged read returns: names after <paramref name="after"/> in key order.</summary>
    private static List<string> Page(List<string> names, string? after, int max) =>
        [.. names.Where(n => after is null || string.CompareOrdinal(n, after) > 0).Order(StringComparer.Ordinal).Take(max)];
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
