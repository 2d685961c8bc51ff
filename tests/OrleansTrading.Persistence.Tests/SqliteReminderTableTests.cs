using Orleans;
using Orleans.Runtime;

namespace OrleansTrading.Persistence.Tests;

public sealed class SqliteReminderTableTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ot-reminders-" + Guid.NewGuid().ToString("N"));
    private SqliteReminderTable _table = null!;

    public async Task InitializeAsync()
    {
        _table = new SqliteReminderTable(Path.Combine(_folder, "reminders.db"));
        await _table.Init();
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Upserted_reminder_is_read_back_and_survives_reopening()
    {
        var grain = GrainId.Create("order", "acct/ord-1");
        var start = new DateTime(2026, 11, 26, 21, 0, 0, DateTimeKind.Utc);
        var etag = await _table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "expire", StartAt = start, Period = TimeSpan.FromMinutes(1) });

        var reopened = new SqliteReminderTable(Path.Combine(_folder, "reminders.db"));
        await reopened.Init();
        var row = await reopened.ReadRow(grain, "expire");

        Assert.NotNull(row);
        Assert.Equal(start, row.StartAt);
        Assert.Equal(TimeSpan.FromMinutes(1), row.Period);
        Assert.Equal(etag, row.ETag);
    }

    [Fact]
    public async Task Upserting_again_changes_the_etag_and_remove_needs_the_current_one()
    {
        var grain = GrainId.Create("order", "acct/ord-2");
        var entry = new ReminderEntry { GrainId = grain, ReminderName = "expire", StartAt = DateTime.UtcNow, Period = TimeSpan.FromMinutes(1) };
        var first = await _table.UpsertRow(entry);
        var second = await _table.UpsertRow(entry);

        Assert.NotEqual(first, second);
        Assert.False(await _table.RemoveRow(grain, "expire", first!));
        Assert.True(await _table.RemoveRow(grain, "expire", second!));
        Assert.Null(await _table.ReadRow(grain, "expire"));
    }

    [Fact]
    public async Task Range_reads_cover_the_ring_including_the_wrap_past_zero()
    {
        var grains = Enumerable.Range(0, 40).Select(i => GrainId.Create("order", "g" + i)).ToList();
        foreach (var grain in grains)
        {
            await _table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "r", StartAt = DateTime.UtcNow, Period = TimeSpan.FromMinutes(1) });
        }

        const uint Split = 0x8000_0000;
        var lower = await _table.ReadRows(Split, 0x1000_0000);   // wraps: (Split, max] and [0, 0x1000_0000]
        var upper = await _table.ReadRows(0x1000_0000, Split);

        var seen = lower.Reminders.Concat(upper.Reminders).Select(r => r.GrainId).ToList();
        Assert.Equal(grains.Count, seen.Count);
        Assert.Equal(grains.OrderBy(g => g.ToString()), seen.OrderBy(g => g.ToString()));
        Assert.All(upper.Reminders, r => Assert.InRange(r.GrainId.GetUniformHashCode(), 0x1000_0001u, Split));
    }
}
