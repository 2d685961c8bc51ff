using OrleansTrading.Domain.Bars;
using OrleansTrading.Domain.Values;
using static OrleansTrading.Domain.Tests.MarketData.Market;

namespace OrleansTrading.Domain.Tests.Bars;

public class BarAggregatorSnapshotTests
{
    public static TheoryData<string> Specifications => new() { "1-MINUTE-TRADE", "3-TICK-TRADE", "25-VOLUME-TRADE", "2500-NOTIONAL-TRADE" };

    [Theory]
    [MemberData(nameof(Specifications))]
    public void Restored_aggregator_emits_the_same_bars_as_one_that_never_stopped(string specification)
    {
        var spec = BarSpecification.Parse(specification);
        var options = new BarAggregatorOptions(TimeSpan.FromSeconds(5), EmptyBarPolicy.EmitFlat);
        var trades = Enumerable.Range(0, 40).Select(i => Trade(100m + (i % 7), 1 + (i % 11), At(10, i / 6, (i * 7) % 60))).ToArray();

        var uninterrupted = new BarCollector();
        var whole = BarAggregator.Create(Equity, spec, uninterrupted, options);
        var before = new BarCollector();
        var first = BarAggregator.Create(Equity, spec, before, options);
        for (var i = 0; i < trades.Length; i++)
        {
            whole.OnTrade(trades[i]);
            whole.OnTime(trades[i].TsEvent);
            if (i < 23)
            {
                first.OnTrade(trades[i]);
                first.OnTime(trades[i].TsEvent);
            }
        }

        var after = new BarCollector();
        var restored = BarAggregator.Restore(Equity, first.Snapshot(), after);
        for (var i = 23; i < trades.Length; i++)
        {
            restored.OnTrade(trades[i]);
            restored.OnTime(trades[i].TsEvent);
        }

        whole.OnTime(At(12, 0, 0));
        restored.OnTime(At(12, 0, 0));
        Assert.Equal(uninterrupted.Bars, before.Bars.Concat(after.Bars));
        Assert.Equal(whole.Snapshot(), restored.Snapshot());
    }

    [Fact]
    public void Snapshot_is_not_changed_by_later_ticks()
    {
        var bars = BarAggregator.Create(Equity, BarSpecification.Time(TimeSpan.FromMinutes(1)), new BarCollector());
        bars.OnTrade(Trade(100m, 1, At(10, 0, 1)));
        var snapshot = bars.Snapshot();
        bars.OnTrade(Trade(200m, 5, At(10, 0, 2)));

        var open = Assert.Single(snapshot.OpenBars);
        Assert.Equal((100m, 1m), (open.High.Value, open.Volume.Value));
    }

    [Fact]
    public void Restore_keeps_the_dropped_late_tick_count()
    {
        var bars = BarAggregator.Create(Equity, BarSpecification.Time(TimeSpan.FromMinutes(1)), new BarCollector());
        bars.OnTime(At(10, 5, 0));
        bars.OnTrade(Trade(100m, 1, At(10, 0, 1)));

        var restored = BarAggregator.Restore(Equity, bars.Snapshot(), new BarCollector());
        Assert.Equal(1, restored.DroppedLateTicks);
        Assert.Equal(BarTickOutcome.DroppedLate, restored.OnTrade(Trade(100m, 1, At(10, 4, 59))));
    }

    [Fact]
    public void Restore_refuses_a_snapshot_of_another_instrument()
    {
        var snapshot = BarAggregator.Create(Equity, BarSpecification.Ticks(5), new BarCollector()).Snapshot();

        var error = Assert.Throws<ArgumentException>(() => BarAggregator.Restore(Future, snapshot, new BarCollector()));
        Assert.Contains(Future.Id.Value, error.Message);
    }

    [Fact]
    public void Restore_refuses_a_partial_bar_that_breaks_ohlc()
    {
        var bars = BarAggregator.Create(Equity, BarSpecification.Ticks(5), new BarCollector());
        bars.OnTrade(Trade(100m, 1, At(10, 0, 1)));
        var snapshot = bars.Snapshot();
        var broken = snapshot with { OpenBars = [snapshot.OpenBars[0] with { High = new Price(99m) }] };

        Assert.Throws<ArgumentException>(() => BarAggregator.Restore(Equity, broken, new BarCollector()));
    }

    [Fact]
    public void Restore_refuses_threshold_progress_at_or_beyond_the_threshold()
    {
        var bars = BarAggregator.Create(Equity, BarSpecification.Volume(10m), new BarCollector());
        bars.OnTrade(Trade(100m, 4, At(10, 0, 1)));

        var error = Assert.Throws<ArgumentException>(() => BarAggregator.Restore(Equity, bars.Snapshot() with { Progress = 10m }, new BarCollector()));
        Assert.Contains("progress", error.Message);
    }

    [Fact]
    public void Restore_refuses_volume_progress_that_differs_from_the_open_bars_volume()
    {
        var bars = BarAggregator.Create(Equity, BarSpecification.Volume(10m), new BarCollector());
        bars.OnTrade(Trade(100m, 4, At(10, 0, 1)));

        var error = Assert.Throws<ArgumentException>(() => BarAggregator.Restore(Equity, bars.Snapshot() with { Progress = 3m }, new BarCollector()));
        Assert.Contains("volume", error.Message);
    }

    [Fact]
    public void Restore_refuses_a_time_bar_that_is_already_closed()
    {
        var bars = BarAggregator.Create(Equity, BarSpecification.Time(TimeSpan.FromMinutes(1)), new BarCollector());
        bars.OnTrade(Trade(100m, 1, At(10, 0, 1)));
        var snapshot = bars.Snapshot() with { ClosedThrough = At(10, 1, 0) };

        Assert.Throws<ArgumentException>(() => BarAggregator.Restore(Equity, snapshot, new BarCollector()));
    }

    [Fact]
    public void Restore_refuses_a_snapshot_without_an_open_bar_list()
    {
        var snapshot = BarAggregator.Create(Equity, BarSpecification.Ticks(5), new BarCollector()).Snapshot() with { OpenBars = default };

        Assert.Throws<ArgumentException>(() => BarAggregator.Restore(Equity, snapshot, new BarCollector()));
    }

    [Fact]
    public void Snapshots_compare_by_value()
    {
        var a = BarAggregator.Create(Equity, BarSpecification.Ticks(5), new BarCollector());
        var b = BarAggregator.Create(Equity, BarSpecification.Ticks(5), new BarCollector());
        a.OnTrade(Trade(100m, 1, At(10, 0, 1)));
        b.OnTrade(Trade(100m, 1, At(10, 0, 1)));

        Assert.Equal(a.Snapshot(), b.Snapshot());
        b.OnTrade(Trade(100m, 1, At(10, 0, 2)));
        Assert.NotEqual(a.Snapshot(), b.Snapshot());
    }
}
