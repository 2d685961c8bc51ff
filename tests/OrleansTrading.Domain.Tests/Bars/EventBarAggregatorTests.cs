using OrleansTrading.Domain.Bars;
using static OrleansTrading.Domain.Tests.MarketData.Market;

namespace OrleansTrading.Domain.Tests.Bars;

public class EventBarAggregatorTests
{
    private readonly BarCollector _sink = new();

    [Fact]
    public void Tick_bar_closes_on_its_nth_tick_with_earliest_and_latest_event_times()
    {
        var bars = BarAggregator.Create(Equity, BarSpecification.Ticks(3), _sink);
        bars.OnTrade(Trade(100m, 1, At(10, 0, 2)));
        bars.OnTrade(Trade(101m, 2, At(10, 0, 1)));
        Assert.Empty(_sink.Bars);
        bars.OnTrade(Trade(99m, 3, At(10, 0, 3)));

        var bar = Assert.Single(_sink.Bars);
        Assert.Equal((101m, 101m, 99m, 99m), (bar.Open.Value, bar.High.Value, bar.Low.Value, bar.Close.Value));
        Assert.Equal((6m, 3L), (bar.Volume.Value, bar.TickCount));
        Assert.Equal((At(10, 0, 1), At(10, 0, 3)), (bar.OpenTime, bar.CloseTime));
    }

    [Fact]
    public void Event_bars_ignore_the_clock()
    {
        var bars = BarAggregator.Create(Equity, BarSpecification.Volume(100m), _sink);
        bars.OnTrade(Trade(100m, 10, At(10, 0, 0)));

        Assert.Equal(0, bars.OnTime(At(23, 0, 0)));
        Assert.Empty(_sink.Bars);
        Assert.Equal(0, bars.DroppedLateTicks);
    }

    [Fact]
    public void Volume_bar_splits_a_trade_that_crosses_the_threshold_exactly()
    {
        var bars = BarAggregator.Create(Equity, BarSpecification.Volume(100m), _sink);
        bars.OnTrade(Trade(10m, 60, At(10, 0, 0)));
        bars.OnTrade(Trade(11m, 70, At(10, 0, 1)));

        var bar = Assert.Single(_sink.Bars);
        Assert.Equal((100m, 2L, 11m), (bar.Volume.Value, bar.TickCount, bar.Close.Value));
        Assert.Equal((10m * 60) + (11m * 40), bar.Notional.Amount);
        var open = Assert.Single(bars.Snapshot().OpenBars);
        Assert.Equal((30m, 1L, 11m * 30), (open.Volume.Value, open.TickCount, open.Notional));
        Assert.Equal(30m, bars.Snapshot().Progress);
    }

    [Fact]
    public void One_large_trade_fills_several_volume_bars_and_starts_the_next()
    {
        var bars = BarAggregator.Create(Equity, BarSpecification.Volume(100m), _sink);
        bars.OnTrade(Trade(10m, 40, At(10, 0, 0)));
        bars.OnTrade(Trade(12m, 310, At(10, 0, 1)));

        Assert.Equal([100m, 100m, 100m], _sink.Bars.Select(b => b.Volume.Value));
        Assert.Equal([2L, 1L, 1L], _sink.Bars.Select(b => b.TickCount));
        Assert.Equal(50m, Assert.Single(bars.Snapshot().OpenBars).Volume.Value);
    }

    [Fact]
    public void A_trade_that_fills_the_bar_exactly_leaves_no_empty_bar_open()
    {
        var bars = BarAggregator.Create(Equity, BarSpecification.Volume(100m), _sink);
        bars.OnTrade(Trade(10m, 100, At(10, 0, 0)));

        Assert.Single(_sink.Bars);
        Assert.Empty(bars.Snapshot().OpenBars);
        Assert.Equal(0m, bars.Snapshot().Progress);
    }

    [Fact]
    public void Notional_bar_splits_by_cash_value()
    {
        var bars = BarAggregator.Create(Equity, BarSpecification.Notional(1_000m), _sink);
        bars.OnTrade(Trade(10m, 150, At(10, 0, 0)));

        var bar = Assert.Single(_sink.Bars);
        Assert.Equal((100m, 1_000m), (bar.Volume.Value, bar.Notional.Amount));
        Assert.Equal(50m, Assert.Single(bars.Snapshot().OpenBars).Volume.Value);
        Assert.Equal(500m, bars.Snapshot().Progress);
    }

    [Fact]
    public void Notional_bar_counts_the_contract_multiplier()
    {
        var bars = BarAggregator.Create(Future, BarSpecification.Notional(1_000_000m), _sink);
        bars.OnTrade(Trade(5000m, 6, At(10, 0, 0), Future));

        var bar = Assert.Single(_sink.Bars);
        Assert.Equal((4m, 1_000_000m), (bar.Volume.Value, bar.Notional.Amount));
        Assert.Equal(2m, Assert.Single(bars.Snapshot().OpenBars).Volume.Value);
    }

    [Fact]
    public void Notional_split_at_an_inexact_price_still_conserves_volume_exactly()
    {
        var bars = BarAggregator.Create(Equity, BarSpecification.Notional(100m), _sink);
        bars.OnTrade(Trade(3m, 100, At(10, 0, 0)));

        var total = _sink.Bars.Sum(b => b.Volume.Value) + bars.Snapshot().OpenBars.Sum(b => b.Volume.Value);
        Assert.Equal(100m, total);
        Assert.Equal(3, _sink.Bars.Count);
        Assert.All(_sink.Bars, b => Assert.InRange(b.Notional.Amount, 100m - 3e-12m, 100m));
    }

    [Fact]
    public void Zero_price_trades_add_no_notional_progress()
    {
        var bars = BarAggregator.Create(Equity, BarSpecification.Notional(100m), _sink);
        bars.OnTrade(Trade(0m, 1_000_000, At(10, 0, 0)));

        Assert.Empty(_sink.Bars);
        Assert.Equal(0m, bars.Snapshot().Progress);
    }

    [Fact]
    public void Negative_prices_count_their_absolute_cash_value_towards_notional_bars()
    {
        var bars = BarAggregator.Create(Equity, BarSpecification.Notional(100m), _sink);
        bars.OnTrade(Trade(-5m, 30, At(10, 0, 0)));

        var bar = Assert.Single(_sink.Bars);
        Assert.Equal((20m, -100m), (bar.Volume.Value, bar.Notional.Amount));
    }
}
