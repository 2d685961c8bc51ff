using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using OrleansTrading.Persistence.Journal;

namespace OrleansTrading.Persistence.Tests;

/// <summary>The journal contract with appends answered from the log and its in-memory overlay (applies every 250 ms).</summary>
public sealed class LoggedEventJournalTests : EventJournalContract, IAsyncLifetime
{
    private readonly JournalFiles _files = new();
    private LoggedEventJournal _journal = null!;

    protected override IEventJournal Journal => _journal;

    public Task InitializeAsync()
    {
        _journal = _files.Open(new JournalLogOptions());
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _files.DisposeAsync().AsTask();
}

/// <summary>The journal contract with every append applied to the tables at once, so reads come from the tables.</summary>
public sealed class LoggedEventJournalAppliedAtOnceTests : EventJournalContract, IAsyncLifetime
{
    private readonly JournalFiles _files = new();
    private LoggedEventJournal _journal = null!;

    protected override IEventJournal Journal => _journal;

    public Task InitializeAsync()
    {
        _journal = _files.Open(new JournalLogOptions { ApplyAfterAppends = 1 });
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _files.DisposeAsync().AsTask();
}

/// <summary>What only the log has: recovery after a crash, torn and damaged segments, segments retired once applied.</summary>
public sealed class JournalLogRecoveryTests : IAsyncDisposable
{
    private static readonly JournalLogOptions NeverApply = new() { ApplyInterval = TimeSpan.FromMinutes(1), ApplyAfterAppends = int.MaxValue };

    private readonly JournalFiles _files = new();

    [Fact]
    public async Task Appends_acknowledged_before_a_crash_are_in_the_tables_exactly_once_after_it()
    {
        var journal = _files.Open(NeverApply);
        await AppendOrdersAsync(journal, "acct-c", 1, 40);
        var crashed = _files.CopyAsOfNow(); // the files as a process kill would leave them: nothing applied yet

        await using (var recovered = crashed.Open(NeverApply))
        {
            await recovered.Opened;
            Assert.Equal(80, await recovered.LastSequenceAsync("acct-c"));
            Assert.Equal(80, recovered.Recovered);
            Assert.Equal(80, (await recovered.ReadAsync("acct-c", 0, 1000)).Count);
            Assert.Equal("Filled", (await recovered.FindEntityAsync("acct-c", "o17"))!.Status);
            Assert.Equal(40, (await recovered.QueryAsync("acct-c", new EntityQuery(PageSize: 100))).Entities.Count);
        }

        await using (var again = crashed.Open(NeverApply))
        {
            await again.Opened;
            Assert.Equal(0, again.Recovered); // the first recovery recorded the position it applied through
            Assert.Equal(80, (await again.ReadAsync("acct-c", 0, 1000)).Count);
            await again.AppendAsync("acct-c", [Event("acct-c", 81, "o41", 1)], [Entity("acct-c", "o41", "New", 1)]);
            Assert.Equal(81, await again.LastSequenceAsync("acct-c"));
            await Assert.ThrowsAsync<JournalDuplicateException>(() => again.AppendAsync("acct-c", [Event("acct-c", 82, "o17", 2)], []));
            await Assert.ThrowsAsync<JournalSequenceConflictException>(() => again.AppendAsync("acct-c", [Event("acct-c", 12, "o99", 1)], []));
        }

        await crashed.DisposeAsync();
    }

    [Fact]
    public async Task A_torn_record_at_the_end_of_the_log_is_cut_off_and_everything_before_it_recovered()
    {
        var journal = _files.Open(NeverApply);
        await AppendOrdersAsync(journal, "acct-t", 1, 5);
        var crashed = _files.CopyAsOfNow();
        var last = crashed.Segments().Last();
        var intact = new FileInfo(last).Length;
        await File.AppendAllTextAsync(last, "\u0040\u0001\0\0half a record");

        await using (var recovered = crashed.Open(NeverApply))
        {
            await recovered.Opened;
            Assert.Equal(10, recovered.Recovered);
            Assert.True(recovered.TruncatedBytes > 0);
            Assert.Equal(10, await recovered.LastSequenceAsync("acct-t"));
        }

        Assert.All(crashed.Segments(), segment => Assert.True(new FileInfo(segment).Length <= intact));
        await crashed.DisposeAsync();
    }

    [Fact]
    public async Task A_damaged_record_before_the_last_segment_stops_the_start_with_a_clear_error()
    {
        var options = new JournalLogOptions { ApplyInterval = TimeSpan.FromMinutes(1), ApplyAfterAppends = int.MaxValue, SegmentBytes = 4096 };
        var journal = _files.Open(options);
        await AppendOrdersAsync(journal, "acct-d", 1, 60); // ~2 KiB per order: several segments
        var crashed = _files.CopyAsOfNow();
        var first = crashed.Segments().First();
        Assert.True(crashed.Segments().Count() > 2);
        var bytes = await File.ReadAllBytesAsync(first);
        bytes[20] ^= 0xFF;
        await File.WriteAllBytesAsync(first, bytes);

        var broken = crashed.Open(options);
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => broken.LastSequenceAsync("acct-d"));
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        await broken.DisposeAsync();
        await crashed.DisposeAsync();
    }

    [Fact]
    public async Task Segments_are_deleted_once_the_tables_hold_every_record_in_them()
    {
        var journal = _files.Open(new JournalLogOptions { ApplyInterval = TimeSpan.FromMinutes(1), ApplyAfterAppends = int.MaxValue, SegmentBytes = 4096 });
        await AppendOrdersAsync(journal, "acct-s", 1, 60);
        Assert.True(Directory.GetFiles(journal.LogFolder).Length > 2);

        await journal.FlushAsync();

        Assert.Single(Directory.GetFiles(journal.LogFolder)); // the one being written stays
        Assert.Equal(120, (await journal.ReadAsync("acct-s", 0, 1000)).Count);
    }

    [Fact]
    public async Task Concurrent_appends_share_log_writes_and_each_is_acknowledged_once_durable()
    {
        var journal = _files.Open(new JournalLogOptions(), SqliteDurability.PowerLossSafe);
        await journal.Opened; // the 64 appends then queue at once, instead of trickling in as the opening completes each wait
        await Task.WhenAll(Enumerable.Range(0, 64).Select(i =>
            journal.AppendAsync("acct-" + i, [Event("acct-" + i, 1, "o1", 1)], [Entity("acct-" + i, "o1", "New", 1)])));

        Assert.True(journal.LogWrites < 64, $"{journal.LogWrites} log writes for 64 appends");
        Assert.All(Enumerable.Range(0, 64), i => Assert.Equal(1, journal.LastSequenceAsync("acct-" + i).Result));
    }

    [Fact]
    public async Task An_append_after_the_journal_stopped_is_refused_and_a_clean_stop_leaves_nothing_to_recover()
    {
        var journal = _files.Open(NeverApply);
        await AppendOrdersAsync(journal, "acct-x", 1, 3);
        await journal.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => journal.AppendAsync("acct-x", [Event("acct-x", 7, "o9", 1)], []));
        await using var reopened = _files.Open(NeverApply);
        await reopened.Opened;
        Assert.Equal(0, reopened.Recovered);
        Assert.Equal(6, await reopened.LastSequenceAsync("acct-x"));
    }

    [Fact]
    public async Task A_bad_record_followed_by_intact_ones_in_the_last_segment_is_damage_not_a_torn_write()
    {
        var journal = _files.Open(NeverApply);
        await AppendOrdersAsync(journal, "acct-m", 1, 10);
        var crashed = _files.CopyAsOfNow();
        var last = crashed.Segments().Single();
        var bytes = await File.ReadAllBytesAsync(last);
        bytes[bytes.Length / 2] ^= 0xFF;
        await File.WriteAllBytesAsync(last, bytes);

        var broken = crashed.Open(NeverApply);
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => broken.Opened);
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes.Length, new FileInfo(last).Length); // nothing was cut off
        await broken.DisposeAsync();
        await crashed.DisposeAsync();
    }

    [Fact]
    public async Task A_log_that_does_not_continue_where_the_tables_stop_is_refused()
    {
        var options = new JournalLogOptions { ApplyInterval = TimeSpan.FromMinutes(1), ApplyAfterAppends = int.MaxValue, SegmentBytes = 4096 };
        var journal = _files.Open(options);
        await AppendOrdersAsync(journal, "acct-g", 1, 30);
        var withoutFirst = _files.CopyAsOfNow();
        File.Delete(withoutFirst.Segments().First());
        var withoutMiddle = _files.CopyAsOfNow();
        File.Delete(withoutMiddle.Segments().Skip(1).First());

        var notContinuing = withoutFirst.Open(options);
        Assert.Contains("not from the same data folder", (await Assert.ThrowsAsync<InvalidDataException>(() => notContinuing.Opened)).Message, StringComparison.Ordinal);
        var withHole = withoutMiddle.Open(options);
        Assert.Contains("a segment is missing", (await Assert.ThrowsAsync<InvalidDataException>(() => withHole.Opened)).Message, StringComparison.Ordinal);

        await notContinuing.DisposeAsync();
        await withHole.DisposeAsync();
        await withoutFirst.DisposeAsync();
        await withoutMiddle.DisposeAsync();
    }

    [Fact]
    public async Task An_append_that_cannot_be_written_fails_alone_and_leaves_the_records_around_it_readable()
    {
        var journal = _files.Open(NeverApply);
        var good = Enumerable.Range(0, 30).Select(i => journal.AppendAsync("acct-b" + i, [Event("acct-b" + i, 1, "o1", 1)], [Entity("acct-b" + i, "o1", "New", 1)])).ToList();
        var bad = journal.AppendAsync("acct-bad", [Event("acct-bad", 1, "o1", 1)], [null!]);
        good.AddRange(Enumerable.Range(30, 30).Select(i => journal.AppendAsync("acct-b" + i, [Event("acct-b" + i, 1, "o1", 1)], [Entity("acct-b" + i, "o1", "New", 1)])));

        await Assert.ThrowsAnyAsync<Exception>(() => bad);
        await Task.WhenAll(good);
        var crashed = _files.CopyAsOfNow();
        await using var recovered = crashed.Open(NeverApply);
        await recovered.Opened;

        Assert.Equal(60, recovered.Recovered);
        Assert.Equal(0, recovered.TruncatedBytes);
        Assert.Equal(0, await recovered.LastSequenceAsync("acct-bad"));
        await crashed.DisposeAsync();
    }

    [Fact]
    public async Task Applying_the_same_records_twice_stores_them_once()
    {
        var database = _files.OpenDatabase();
        var tables = new SqliteEventJournal(database);
        IReadOnlyList<OrleansTrading.Persistence.Journal.Log.LoggedAppend> appends =
        [
            new(1, "acct-i", [Event("acct-i", 1, "o1", 1)], [Entity("acct-i", "o1", "New", 1)]),
            new(2, "acct-i", [Event("acct-i", 2, "o1", 2)], [Entity("acct-i", "o1", "Filled", 2)]),
        ];

        await tables.ApplyLoggedAsync(appends);
        await tables.ApplyLoggedAsync(appends); // e.g. an apply whose commit was not seen to succeed, sent round again

        Assert.Equal([1L, 2L], (await tables.ReadAsync("acct-i", 0, 100)).Select(e => e.Sequence));
        Assert.Equal(2, tables.AppliedLogPosition());
        Assert.Equal("Filled", (await tables.FindEntityAsync("acct-i", "o1"))!.Status);
        await database.DisposeAsync();
    }

    [Fact]
    public async Task The_tables_alone_are_refused_while_the_log_holds_appends_they_lack()
    {
        var journal = _files.Open(NeverApply);
        await AppendOrdersAsync(journal, "acct-v", 1, 2);
        var crashed = _files.CopyAsOfNow();

        var database = crashed.OpenDatabase();
        var error = Assert.Throws<InvalidOperationException>(() => LoggedEventJournal.EnsureTablesHoldTheLog(database));
        Assert.Contains("--journal log", error.Message, StringComparison.Ordinal);
        await database.DisposeAsync();

        await crashed.Open(NeverApply).DisposeAsync(); // recovers, applies, and a clean stop removes the log
        Assert.Empty(crashed.Segments());
        var afterCleanStop = crashed.OpenDatabase();
        LoggedEventJournal.EnsureTablesHoldTheLog(afterCleanStop);
        Assert.Equal(4, await new SqliteEventJournal(afterCleanStop).LastSequenceAsync("acct-v"));
        await afterCleanStop.DisposeAsync();
        await crashed.DisposeAsync();
    }

    public ValueTask DisposeAsync() => _files.DisposeAsync();

    /// <summary>Orders <paramref name="first"/>…<paramref name="last"/>, each admitted then filled: two appends, two events each.</summary>
    private static async Task AppendOrdersAsync(LoggedEventJournal journal, string stream, int first, int last)
    {
        for (var n = first; n <= last; n++)
        {
            var entity = "o" + n;
            await journal.AppendAsync(stream, [Event(stream, 2 * n - 1, entity, 1)], [Entity(stream, entity, "New", 1)]);
            await journal.AppendAsync(stream, [Event(stream, 2 * n, entity, 2)], [Entity(stream, entity, "Filled", 2)]);
        }
    }

    private static JournalEvent Event(string stream, long sequence, string entity, int number) =>
        new(stream, sequence, entity, number, Encoding.UTF8.GetBytes($"{entity}#{number}" + new string('.', 700)));

    private static JournalEntity Entity(string stream, string entity, string status, int lastNumber) =>
        new(stream, entity, lastNumber, "AAPL", "s-1", status, status == "New", lastNumber, Encoding.UTF8.GetBytes(entity + ":" + status));
}

/// <summary>A data folder for a journal and its database; opens journals on it and disposes them with it.</summary>
internal sealed class JournalFiles : IAsyncDisposable
{
    private readonly List<(LoggedEventJournal Journal, SqliteDatabase Database)> _opened = [];
    private readonly List<JournalFiles> _copies = [];

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "ot-journal-log-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(Folder, "store.db");

    public LoggedEventJournal Open(JournalLogOptions options, SqliteDurability durability = SqliteDurability.ProcessCrashSafe)
    {
        var database = new SqliteDatabase(new SqliteGrainStorageOptions { DatabasePath = DatabasePath, Durability = durability }, NullLogger<SqliteDatabase>.Instance);
        var journal = new LoggedEventJournal(database, options, NullLogger<LoggedEventJournal>.Instance);
        _opened.Add((journal, database));
        return journal;
    }

    /// <summary>The database alone (its caller disposes it).</summary>
    public SqliteDatabase OpenDatabase() =>
        new(new SqliteGrainStorageOptions { DatabasePath = DatabasePath, Durability = SqliteDurability.ProcessCrashSafe }, NullLogger<SqliteDatabase>.Instance);

    public IEnumerable<string> Segments() =>
        Directory.GetFiles(DatabasePath + ".journal-log").Order(StringComparer.Ordinal);

    /// <summary>The files as they are on disk now, which is what a process killed at this instant leaves behind.</summary>
    public JournalFiles CopyAsOfNow()
    {
        var copy = new JournalFiles();
        Directory.CreateDirectory(copy.Folder);
        foreach (var file in Directory.GetFiles(Folder).Where(f => !f.EndsWith("-shm", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(copy.Folder, Path.GetFileName(file)));
        }

        var log = DatabasePath + ".journal-log";
        Directory.CreateDirectory(copy.DatabasePath + ".journal-log");
        foreach (var segment in Directory.GetFiles(log))
        {
            File.Copy(segment, Path.Combine(copy.DatabasePath + ".journal-log", Path.GetFileName(segment)));
        }

        _copies.Add(copy);
        return copy;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (journal, database) in _opened)
        {
            await journal.DisposeAsync();
            await database.DisposeAsync();
        }

        _opened.Clear();
        foreach (var copy in _copies)
        {
            await copy.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
