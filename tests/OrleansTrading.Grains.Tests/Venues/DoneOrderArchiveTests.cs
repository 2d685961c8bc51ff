using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.Tests.Serialization;
using OrleansTrading.Grains.Venues.Paper;

namespace OrleansTrading.Grains.Tests.Venues;

/// <summary>The paper venue's archive of done orders: what it keeps reads back exactly, and it forgets in order.</summary>
public sealed class DoneOrderArchiveTests
{
    private static readonly UnixNanos T0 = UnixNanos.FromDateTime(new DateTime(2026, 11, 27, 14, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void A_done_orders_reports_read_back_with_every_field()
    {
        var archive = new DoneOrderArchive(TestSerializer.Instance);
        ExecutionReport[] reports =
        [
            Report("A", 1, ExecType.New, OrderStatus.New),
            Report("A", 2, ExecType.Trade, OrderStatus.PartiallyFilled) with
            {
                Commission = new Money(0.0123456789m, Currency.Usd), OrderQty = new Quantity(100), LimitPrice = new Price(101.25m),
            },
            Report("A", 3, ExecType.Canceled, OrderStatus.Canceled) with { Text = "Immediate-or-cancel remainder canceled", OrigClientOrderId = new ClientOrderId("OTA-0") },
        ];

        archive.Add("ACC|A", reports, T0);

        Assert.True(archive.TryGet("ACC|A", out var kept));
        Assert.Equal(reports, kept);
        Assert.False(archive.TryGet("ACC|B", out _));
        Assert.False(archive.TryGet("ACC|a", out _));
    }

    [Fact]
    public void Keys_of_any_length_and_alphabet_are_told_apart()
    {
        var archive = new DoneOrderArchive(TestSerializer.Instance);
        var longKey = "ACC|" + new string('x', 2_000);
        archive.Add("ACC|ordre-é", [Report("accented", 1, ExecType.New, OrderStatus.New)], T0);
        archive.Add(longKey, [Report("long", 1, ExecType.New, OrderStatus.New)], T0);

        Assert.True(archive.TryGet("ACC|ordre-é", out var accented));
        Assert.Equal("OTaccented", accented[0].ClientOrderId.Value);
        Assert.True(archive.TryGet(longKey, out var longOne));
        Assert.Equal("OTlong", longOne[0].ClientOrderId.Value);
        Assert.False(archive.TryGet("ACC|ordre-e", out _));
        Assert.False(archive.TryGet(longKey + "y", out _));
    }

    [Fact]
    public void Pruning_forgets_the_oldest_only_beyond_the_newest_kept_and_before_the_horizon()
    {
        var archive = new DoneOrderArchive(TestSerializer.Instance);
        for (var i = 0; i < 10; i++)
        {
            archive.Add($"ACC|{i}", [Report($"{i}", i, ExecType.Trade, OrderStatus.Filled)], T0.Add(TimeSpan.FromMinutes(i)));
        }

        archive.Prune(keepNewest: 3, keepSince: T0); // nothing finished before the horizon
        Assert.Equal(10, archive.Count);

        archive.Prune(keepNewest: 3, keepSince: T0.Add(TimeSpan.FromMinutes(4))); // orders 0..3 finished before it
        Assert.Equal(6, archive.Count);
        Assert.False(archive.TryGet("ACC|3", out _));
        Assert.True(archive.TryGet("ACC|4", out _));

        archive.Prune(keepNewest: 3, keepSince: T0.Add(TimeSpan.FromHours(1))); // all old: the newest three stay
        Assert.Equal(3, archive.Count);
        Assert.False(archive.TryGet("ACC|6", out _));
        Assert.All(new[] { 7, 8, 9 }, i => Assert.True(archive.TryGet($"ACC|{i}", out _)));
    }

    [Fact]
    public void Chunks_are_released_once_every_order_in_them_is_forgotten_and_the_rest_still_read_back()
    {
        var archive = new DoneOrderArchive(TestSerializer.Instance, chunkBytes: 512);
        for (var i = 0; i < 200; i++)
        {
            archive.Add($"ACC|{i}", [Report($"{i}", i, ExecType.Trade, OrderStatus.Filled)], T0);
        }

        var reserved = archive.ReservedBytes;
        archive.Prune(keepNewest: 20, keepSince: T0.Add(TimeSpan.FromSeconds(1)));

        Assert.True(archive.ReservedBytes < reserved / 5, $"{archive.ReservedBytes} of {reserved} bytes still reserved");
        Assert.All(Enumerable.Range(180, 20), i => Assert.True(archive.TryGet($"ACC|{i}", out var r) && r[0].ExecId.Value == $"E{i}"));
        Assert.False(archive.TryGet("ACC|179", out _));
    }

    [Fact]
    public void An_order_whose_history_is_larger_than_a_chunk_gets_a_chunk_of_its_own()
    {
        var archive = new DoneOrderArchive(TestSerializer.Instance, chunkBytes: 256);
        var fills = Enumerable.Range(1, 50).Select(i => Report("big", i, ExecType.Trade, OrderStatus.PartiallyFilled)).ToArray();
        archive.Add("ACC|small", [Report("small", 1, ExecType.New, OrderStatus.New)], T0);
        archive.Add("ACC|big", fills, T0);

        Assert.True(archive.TryGet("ACC|big", out var kept));
        Assert.Equal(fills, kept);
        Assert.True(archive.TryGet("ACC|small", out _));
    }

    [Fact]
    public void An_order_archived_again_reads_back_as_the_newest_and_outlives_its_older_entry()
    {
        var archive = new DoneOrderArchive(TestSerializer.Instance);
        archive.Add("ACC|A", [Report("A", 1, ExecType.New, OrderStatus.New)], T0);
        archive.Add("ACC|B", [Report("B", 2, ExecType.New, OrderStatus.New)], T0.Add(TimeSpan.FromMinutes(1)));
        archive.Add("ACC|A", [Report("A", 3, ExecType.Trade, OrderStatus.Filled)], T0.Add(TimeSpan.FromMinutes(2)));

        archive.Prune(keepNewest: 0, keepSince: T0.Add(TimeSpan.FromSeconds(1))); // the older entry of A goes

        Assert.True(archive.TryGet("ACC|A", out var kept));
        Assert.Equal("E3", kept.Single().ExecId.Value);
    }

    private static ExecutionReport Report(string order, int exec, ExecType type, OrderStatus status) =>
        new(type, status, new ExecId($"E{exec}"), new ClientOrderId($"OT{order}"), new VenueOrderId($"P-{order}"),
            type == ExecType.Trade ? new Quantity(10) : Quantity.Zero, type == ExecType.Trade ? new Price(100.01m) : Price.Zero,
            new Quantity(10), Quantity.Zero, new Price(100.01m), T0.Add(TimeSpan.FromMilliseconds(exec)));
}
