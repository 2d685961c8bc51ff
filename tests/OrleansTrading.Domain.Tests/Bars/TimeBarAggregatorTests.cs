using OrleansTrading.Domain.Bars;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.MarketData;
using OrleansTrading.Domain.Tests.MarketData;
using OrleansTrading.Domain.Time;
using static OrleansTrading.Domain.Tests.MarketData.Market;

namespace OrleansTrading.Domain.Tests.Bars;

public class TimeBarAggregatorTests
{
    private static readonly BarSpecification OneMinute = BarSpecification.Time(TimeSpan.FromMinutes(1));

    private readonly BarCollector _sink = new();

    [Fact]
    public void Bar_covers_its_utc_aligned_interval_and_aggregates_ohlcv()
    {
        var bars = Create();
        bars.OnTrade(Trade(100m, 10, At(10, 0, 5)));
        bars.OnTrade(Trade(101m, 5, At(10, 0, 20)));
        bars.OnTrade(Trade(99m, 1, At(10, 0, 40)));
        bars.OnTrade(Trade(100.5m, 4, At(10, 0, 59, 999)));
        bars.OnTime(At(10, 1, 0));

        var bar = Assert.Single(_sink.Bars);
        Assert.Equal(At(10, 0, 0), bar.OpenTime);
        Assert.Equal(At(10, 1, 0), bar.CloseTime);
        Assert.Equal((100m, 101m, 99m, 100.5m), (bar.Open.Value, bar.High.Value, bar.Low.Value, bar.Close.Value));
        Assert.Equal(20m, bar.Volume.Value);
        Assert.Equal(4, bar.TickCount);
        Assert.Equal((100m * 10) + (101m * 5) + 99m + (100.5m * 4), bar.Notional.Amount);
        Assert.Equal(Equity.QuoteCurrency, bar.Notional.Currency);
        Assert.Equal(new BarType(Equity.Id, OneMinute), bar.Type);
    }

    [Fact]
    public void A_tick_in_the_next_interval_does_not_close_the_bar_only_the_clock_does()
    {
        var bars = Create();
        bars.OnTrade(Trade(100m, 1, At(10, 0, 30)));
        bars.OnTrade(Trade(101m, 1, At(10, 1, 30)));
        Assert.Empty(_sink.Bars);

        Assert.Equal(1, bars.OnTime(At(10, 1, 0)));
        Assert.Equal(At(10, 0, 0), Assert.Single(_sink.Bars).OpenTime);
    }

    [Fact]
    public void Bar_closes_when_the_clock_reaches_interval_end_plus_grace_and_not_before()
    {
        var bars = Create(new BarAggregatorOptions(TimeSpan.FromSeconds(2), EmptyBarPolicy.Skip));
        bars.OnTrade(Trade(100m, 1, At(10, 0, 30)));

        Assert.Equal(0, bars.OnTime(At(10, 1, 1, 999)));
        Assert.Empty(_sink.Bars);
        Assert.Equal(1, bars.OnTime(At(10, 1, 2)));
        Assert.Single(_sink.Bars);
    }

    [Fact]
    public void Late_tick_within_grace_goes_into_its_own_intervals_bar()
    {
        var bars = Create(new BarAggregatorOptions(TimeSpan.FromSeconds(2), EmptyBarPolicy.Skip));
        bars.OnTrade(Trade(100m, 1, At(10, 0, 30)));
        bars.OnTrade(Trade(102m, 1, At(10, 1, 0, 500)));
        bars.OnTime(At(10, 1, 1));

        var outcome = bars.OnTrade(Trade(98m, 3, At(10, 0, 59, 900)));
        bars.OnTime(At(10, 2, 2));

        Assert.Equal(BarTickOutcome.Aggregated, outcome);
        Assert.Equal(2, _sink.Bars.Count);
        Assert.Equal((100m, 98m, 98m, 4m), (_sink.Bars[0].Open.Value, _sink.Bars[0].Low.Value, _sink.Bars[0].Close.Value, _sink.Bars[0].Volume.Value));
        Assert.Equal(102m, _sink.Bars[1].Open.Value);
        Assert.Equal(0, bars.DroppedLateTicks);
    }

    [Fact]
    public void Late_tick_beyond_grace_is_dropped_counted_and_never_rewrites_the_emitted_bar()
    {
        var bars = Create(new BarAggregatorOptions(TimeSpan.FromSeconds(1), EmptyBarPolicy.Skip));
        bars.OnTrade(Trade(100m, 1, At(10, 0, 30)));
        bars.OnTime(At(10, 1, 1));
        var emitted = Assert.Single(_sink.Bars);

        var outcome = bars.OnTrade(Trade(50m, 1000, At(10, 0, 59)));
        bars.OnTime(At(10, 5, 0));

        Assert.Equal(BarTickOutcome.DroppedLate, outcome);
        Assert.Equal(1, bars.DroppedLateTicks);
        Assert.Equal(emitted, Assert.Single(_sink.Bars));
    }

    [Fact]
    public void Out_of_order_ticks_take_open_from_the_earliest_and_close_from_the_latest_event_time()
    {
        var bars = Create();
        bars.OnTrade(Trade(101m, 1, At(10, 0, 30)));
        bars.OnTrade(Trade(100m, 1, At(10, 0, 10)));
        bars.OnTrade(Trade(103m, 1, At(10, 0, 50)));
        bars.OnTrade(Trade(102m, 1, At(10, 0, 40)));
        bars.OnTime(At(10, 1, 0));

        var bar = Assert.Single(_sink.Bars);
        Assert.Equal(100m, bar.Open.Value);
        Assert.Equal(103m, bar.Close.Value);
    }

    [Fact]
    public void Ticks_with_equal_timestamps_keep_arrival_order_open_first_close_last()
    {
        var bars = Create();
        bars.OnTrade(Trade(100m, 1, At(10, 0, 30)));
        bars.OnTrade(Trade(101m, 1, At(10, 0, 30)));
        bars.OnTrade(Trade(102m, 1, At(10, 0, 30)));
        bars.OnTime(At(10, 1, 0));

        var bar = Assert.Single(_sink.Bars);
        Assert.Equal(100m, bar.Open.Value);
        Assert.Equal(102m, bar.Close.Value);
    }

    [Fact]
    public void Empty_intervals_emit_nothing_by_default()
    {
        var bars = Create();
        bars.OnTrade(Trade(100m, 1, At(10, 0, 30)));
        bars.OnTrade(Trade(101m, 1, At(10, 3, 30)));
        bars.OnTime(At(10, 4, 0));

        Assert.Equal([At(10, 0, 0), At(10, 3, 0)], _sink.Bars.Select(b => b.OpenTime));
    }

    [Fact]
    public void Empty_intervals_emit_flat_bars_at_the_previous_close_when_configured()
    {
        var bars = Create(new BarAggregatorOptions(TimeSpan.Zero, EmptyBarPolicy.EmitFlat));
        bars.OnTrade(Trade(100m, 1, At(10, 0, 10)));
        bars.OnTrade(Trade(100.25m, 1, At(10, 0, 30)));
        bars.OnTrade(Trade(101m, 1, At(10, 3, 30)));
        bars.OnTime(At(10, 4, 0));

        Assert.Equal([At(10, 0, 0), At(10, 1, 0), At(10, 2, 0), At(10, 3, 0)], _sink.Bars.Select(b => b.OpenTime));
        foreach (var flat in _sink.Bars.Skip(1).Take(2))
        {
            Assert.True(flat.IsFlat);
            Assert.Equal(0, flat.TickCount);
            Assert.Equal(0m, flat.Volume.Value);
            Assert.Equal((100.25m, 100.25m, 100.25m, 100.25m), (flat.Open.Value, flat.High.Value, flat.Low.Value, flat.Close.Value));
        }

        Assert.False(_sink.Bars[3].IsFlat);
    }

    [Fact]
    public void Flat_bars_keep_coming_from_the_clock_while_no_tick_arrives()
    {
        var bars = Create(new BarAggregatorOptions(TimeSpan.Zero, EmptyBarPolicy.EmitFlat));
        bars.OnTrade(Trade(100m, 1, At(10, 0, 10)));
        bars.OnTime(At(10, 1, 0));
        bars.OnTime(At(10, 2, 0));
        bars.OnTime(At(10, 3, 30));

        Assert.Equal(3, _sink.Bars.Count);
        Assert.All(_sink.Bars.Skip(1), b => Assert.True(b.IsFlat));
        Assert.Equal(At(10, 3, 0), _sink.Bars[^1].CloseTime);
    }

    [Fact]
    public void No_flat_bar_is_emitted_before_the_first_real_bar()
    {
        var bars = Create(new BarAggregatorOptions(TimeSpan.Zero, EmptyBarPolicy.EmitFlat));
        bars.OnTime(At(9, 0, 0));
        bars.OnTrade(Trade(100m, 1, At(10, 0, 10)));
        bars.OnTime(At(10, 1, 0));

        Assert.False(Assert.Single(_sink.Bars).IsFlat);
    }

    [Fact]
    public void An_earlier_clock_reading_closes_nothing_and_reopens_nothing()
    {
        var bars = Create();
        bars.OnTrade(Trade(100m, 1, At(10, 0, 10)));
        bars.OnTime(At(10, 1, 0));

        Assert.Equal(0, bars.OnTime(At(10, 0, 30)));
        Assert.Equal(BarTickOutcome.DroppedLate, bars.OnTrade(Trade(100m, 1, At(10, 0, 20))));
        Assert.Single(_sink.Bars);
    }

    [Fact]
    public void Several_bars_open_at_once_are_closed_in_interval_order()
    {
        var bars = BarAggregator.Create(Equity, BarSpecification.Time(TimeSpan.FromSeconds(1)), _sink, new BarAggregatorOptions(TimeSpan.FromSeconds(5), EmptyBarPolicy.Skip));
        bars.OnTrade(Trade(103m, 1, At(10, 0, 3, 100)));
        bars.OnTrade(Trade(101m, 1, At(10, 0, 1, 100)));
        bars.OnTrade(Trade(102m, 1, At(10, 0, 2, 100)));
        bars.OnTrade(Trade(100m, 1, At(10, 0, 0, 100)));
        bars.OnTrade(Trade(104m, 1, At(10, 0, 4, 100)));
        bars.OnTrade(Trade(105m, 1, At(10, 0, 5, 100)));

        Assert.Equal(4, bars.OnTime(At(10, 0, 9)));
        Assert.Equal([100m, 101m, 102m, 103m], _sink.Bars.Select(b => b.Close.Value));
        Assert.Equal(2, bars.OnTime(At(10, 0, 11)));
        Assert.Equal([100m, 101m, 102m, 103m, 104m, 105m], _sink.Bars.Select(b => b.Close.Value));
    }

    [Fact]
    public void Daily_bars_align_to_utc_midnight()
    {
        var bars = BarAggregator.Create(Equity, BarSpecification.Time(TimeSpan.FromDays(1)), _sink);
        bars.OnTrade(Trade(100m, 1, At(23, 59, 59)));
        bars.OnTrade(Trade(101m, 1, At(24, 0, 1)));
        bars.OnTime(At(48, 0, 0));

        Assert.Equal([Day, Day.AddNanos(UnixNanos.NanosPerDay)], _sink.Bars.Select(b => b.OpenTime));
    }

    [Fact]
    public void Mid_quote_bars_use_the_mid_and_carry_no_volume()
    {
        var bars = BarAggregator.Create(Equity, BarSpecification.Time(TimeSpan.FromMinutes(1), BarPriceSource.Mid), _sink);
        bars.OnQuote(Quote(100.00m, 100.02m, 5, 5, At(10, 0, 1)));
        bars.OnQuote(Quote(100.04m, 100.06m, 5, 5, At(10, 0, 2)));
        bars.OnTime(At(10, 1, 0));

        var bar = Assert.Single(_sink.Bars);
        Assert.Equal((100.01m, 100.05m, 100.01m, 100.05m), (bar.Open.Value, bar.High.Value, bar.Low.Value, bar.Close.Value));
        Assert.Equal(0m, bar.Volume.Value);
        Assert.Equal(2, bar.TickCount);
    }

    [Fact]
    public void Bid_and_ask_bars_use_their_side_of_the_quote()
    {
        var bidSink = new BarCollector();
        var askSink = new BarCollector();
        var bid = BarAggregator.Create(Equity, BarSpecification.Ticks(1, BarPriceSource.Bid), bidSink);
        var ask = BarAggregator.Create(Equity, BarSpecification.Ticks(1, BarPriceSource.Ask), askSink);
        var quote = Quote(99m, 101m, 1, 1, At(10, 0, 0));
        bid.OnQuote(quote);
        ask.OnQuote(quote);

        Assert.Equal(99m, Assert.Single(bidSink.Bars).Close.Value);
        Assert.Equal(101m, Assert.Single(askSink.Bars).Close.Value);
    }

    [Fact]
    public void Trade_bars_ignore_quotes_and_quote_bars_ignore_trades()
    {
        var tradeBars = Create();
        var midBars = BarAggregator.Create(Equity, BarSpecification.Time(TimeSpan.FromMinutes(1), BarPriceSource.Mid), _sink);

        Assert.Equal(BarTickOutcome.Ignored, tradeBars.OnQuote(Quote(1m, 2m, 1, 1, At(10, 0, 0))));
        Assert.Equal(BarTickOutcome.Ignored, midBars.OnTrade(Trade(1m, 1, At(10, 0, 0))));
        tradeBars.OnTime(At(11, 0, 0));
        midBars.OnTime(At(11, 0, 0));
        Assert.Empty(_sink.Bars);
    }

    [Fact]
    public void A_tick_for_another_instrument_is_refused_and_changes_nothing()
    {
        var bars = Create();
        bars.OnTrade(Trade(100m, 1, At(10, 0, 10)));
        var before = bars.Snapshot();

        var error = Assert.Throws<ArgumentException>(() => bars.OnTrade(Trade(500m, 1, At(10, 0, 20), Future)));
        Assert.Contains(Future.Id.Value, error.Message);
        Assert.Equal(before, bars.Snapshot());
    }

    [Fact]
    public void Notional_includes_the_contract_multiplier()
    {
        var bars = BarAggregator.Create(Future, OneMinute, _sink);
        bars.OnTrade(Trade(5000.25m, 2, At(10, 0, 10), Future));
        bars.OnTime(At(10, 1, 0));

        Assert.Equal(5000.25m * 2 * 50, Assert.Single(_sink.Bars).Notional.Amount);
    }

    [Fact]
    public void Zero_size_trade_moves_prices_and_count_but_not_volume()
    {
        var bars = Create();
        bars.OnTrade(Trade(100m, 2, At(10, 0, 10)));
        bars.OnTrade(Trade(105m, 0, At(10, 0, 20)));
        bars.OnTime(At(10, 1, 0));

        var bar = Assert.Single(_sink.Bars);
        Assert.Equal((105m, 2m, 2L), (bar.High.Value, bar.Volume.Value, bar.TickCount));
    }

    [Fact]
    public void Pre_epoch_timestamps_align_by_flooring_not_truncating()
    {
        var bars = Create();
        bars.OnTrade(new TradeTick(Equity.Id, new(1m), new(1m), AggressorSide.NoAggressor, default, new UnixNanos(-1), new UnixNanos(-1)));
        bars.OnTime(new UnixNanos(0));

        Assert.Equal(new UnixNanos(-UnixNanos.NanosPerMinute), Assert.Single(_sink.Bars).OpenTime);
    }

    [Fact]
    public void Off_grid_prices_and_fractional_sizes_mid_bar_give_the_same_values_as_plain_decimal_arithmetic()
    {
        var bars = Create();
        bars.OnTrade(Trade(100.01m, 3, At(10, 0, 1)));
        bars.OnTrade(Trade(100.015m, 0.5m, At(10, 0, 2)));
        bars.OnTrade(Trade(100.02m, 2, At(10, 0, 3)));
        bars.OnTrade(Trade(99.999m, 1, At(10, 0, 4)));
        bars.OnTrade(Trade(100.500m, 1, At(10, 0, 5)));
        bars.OnTime(At(10, 1, 0));

        var bar = Assert.Single(_sink.Bars);
        Assert.Equal((100.01m, 100.5m, 99.999m, 100.5m), (bar.Open.Value, bar.High.Value, bar.Low.Value, bar.Close.Value));
        Assert.Equal(7.5m, bar.Volume.Value);
        Assert.Equal((100.01m * 3) + (100.015m * 0.5m) + (100.02m * 2) + 99.999m + 100.5m, bar.Notional.Amount);
    }

    [Fact]
    public void Prices_too_large_for_the_integer_path_are_aggregated_exactly()
    {
        var bars = Create();
        bars.OnTrade(Trade(1_000_000_000_000_000m, 2, At(10, 0, 1)));
        bars.OnTrade(Trade(100m, 1, At(10, 0, 2)));
        bars.OnTime(At(10, 1, 0));

        var bar = Assert.Single(_sink.Bars);
        Assert.Equal((1_000_000_000_000_000m, 100m, 3m), (bar.High.Value, bar.Low.Value, bar.Volume.Value));
        Assert.Equal(2_000_000_000_000_100m, bar.Notional.Amount);
    }

    [Fact]
    public void Prices_near_the_decimal_limit_fall_back_without_overflowing()
    {
        var bars = Create();
        bars.OnTrade(Trade(70_000_000_000_000_000_000_000_000_000m, 1, At(10, 0, 1)));
        bars.OnTrade(Trade(1.0000000000000000000000000001m, 0, At(10, 0, 2)));
        bars.OnTime(At(10, 1, 0));

        var bar = Assert.Single(_sink.Bars);
        Assert.Equal((70_000_000_000_000_000_000_000_000_000m, 1.0000000000000000000000000001m), (bar.High.Value, bar.Low.Value));
    }

    private BarAggregator Create(BarAggregatorOptions? options = null) => BarAggregator.Create(Equity, OneMinute, _sink, options);
}
