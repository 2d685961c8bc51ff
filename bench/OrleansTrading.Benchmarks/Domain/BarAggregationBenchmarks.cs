using BenchmarkDotNet.Attributes;
using OrleansTrading.Domain.Bars;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.MarketData;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Benchmarks.Domain;

/// <summary>
/// Bar aggregation over a preloaded array of 1,000,000 trade ticks (a seeded random walk on a 0.01 grid, one tick
/// every 1–2 ms, sizes 1–500). Each benchmark feeds every tick into a fresh aggregator; the reported time and
/// allocation are per tick (OperationsPerInvoke), so ticks/s = 1e9 / Mean(ns). The clock is read every 256 ticks,
/// as a live bar builder's timer or the backtest loop would.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class BarAggregationBenchmarks
{
    private const int TickCount = 1_000_000;
    private const int ClockEvery = 256;

    private readonly Instrument _instrument = new(new InstrumentId("BENCH.XNAS"), AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(1m));
    private readonly CountingSink _sink = new();
    private TradeTick[] _trades = [];
    private QuoteTick[] _quotes = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20_240_601);
        var ts = UnixNanos.FromDateTime(new DateTime(2025, 3, 3, 14, 30, 0, DateTimeKind.Utc)).Value;
        var price = 10_000L;
        _trades = new TradeTick[TickCount];
        _quotes = new QuoteTick[TickCount];
        for (var i = 0; i < TickCount; i++)
        {
            ts += random.Next(1_000_000, 2_000_000);
            price = Math.Max(100, price + random.Next(-3, 4));
            var p = new Price(price / 100m);
            _trades[i] = new TradeTick(_instrument.Id, p, new Quantity(random.Next(1, 501)), AggressorSide.Buyer, default, new UnixNanos(ts), new UnixNanos(ts));
            _quotes[i] = new QuoteTick(_instrument.Id, p, new Price((price + 1) / 100m), new Quantity(100m), new Quantity(200m), new UnixNanos(ts), new UnixNanos(ts));
        }
    }

    [Benchmark(OperationsPerInvoke = TickCount, Baseline = true)]
    public long TimeBars_1m_Trades() => FeedTrades(BarSpecification.Time(TimeSpan.FromMinutes(1)), new BarAggregatorOptions(TimeSpan.FromMilliseconds(250), EmptyBarPolicy.Skip));

    [Benchmark(OperationsPerInvoke = TickCount)]
    public long TimeBars_1s_Trades_FlatBars() => FeedTrades(BarSpecification.Time(TimeSpan.FromSeconds(1)), new BarAggregatorOptions(TimeSpan.FromMilliseconds(250), EmptyBarPolicy.EmitFlat));

    [Benchmark(OperationsPerInvoke = TickCount)]
    public long TimeBars_1m_QuoteMid()
    {
        var aggregator = BarAggregator.Create(_instrument, BarSpecification.Time(TimeSpan.FromMinutes(1), BarPriceSource.Mid), _sink);
        var quotes = _quotes;
        for (var i = 0; i < quotes.Length; i++)
        {
            aggregator.OnQuote(in quotes[i]);
            if ((i & (ClockEvery - 1)) == 0)
            {
                aggregator.OnTime(quotes[i].TsEvent);
            }
        }

        aggregator.OnTime(quotes[^1].TsEvent.AddNanos(UnixNanos.NanosPerHour));
        return _sink.Count;
    }

    [Benchmark(OperationsPerInvoke = TickCount)]
    public long TickBars_100() => FeedTrades(BarSpecification.Ticks(100), BarAggregatorOptions.Default);

    [Benchmark(OperationsPerInvoke = TickCount)]
    public long VolumeBars_10000() => FeedTrades(BarSpecification.Volume(10_000m), BarAggregatorOptions.Default);

    [Benchmark(OperationsPerInvoke = TickCount)]
    public long NotionalBars_1M() => FeedTrades(BarSpecification.Notional(1_000_000m), BarAggregatorOptions.Default);

    private long FeedTrades(BarSpecification specification, BarAggregatorOptions options)
    {
        var aggregator = BarAggregator.Create(_instrument, specification, _sink, options);
        var trades = _trades;
        for (var i = 0; i < trades.Length; i++)
        {
            aggregator.OnTrade(in trades[i]);
            if ((i & (ClockEvery - 1)) == 0)
            {
                aggregator.OnTime(trades[i].TsEvent);
            }
        }

        aggregator.OnTime(trades[^1].TsEvent.AddNanos(UnixNanos.NanosPerHour));
        return _sink.Count;
    }

    private sealed class CountingSink : IBarSink
    {
        public long Count { get; private set; }

        public decimal LastClose { get; private set; }

        public void OnBar(in Bar bar)
        {
            Count++;
            LastClose = bar.Close.Value;
        }
    }
}
