using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrleansTrading.Domain.Bars;
using OrleansTrading.Domain.MarketData;
using OrleansTrading.Domain.Time;
using static OrleansTrading.Domain.Tests.MarketData.Market;

namespace OrleansTrading.Domain.Tests.Bars;

public class BarAggregatorProperties
{
    private const long Second = UnixNanos.NanosPerSecond;
    private static readonly BarSpecification OneSecond = BarSpecification.TimeNanos(Second);
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);

    /// <summary>
    /// A trade at base + offset, and how long after that it reaches the aggregator (0 to the grace window). Most
    /// prices sit on the 0.01 tick grid and most sizes are whole lots (the aggregators' scaled integer path); some
    /// do not (0.001 prices, half lots), which forces the exact decimal path, also in the middle of a bar.
    /// </summary>
    public sealed record ScriptedTrade(long OffsetMillis, int PriceMillis, decimal Size, long DelayMillis);

    private static Arbitrary<ScriptedTrade[]> Scripts { get; } = Arb.From(Gen.ArrayOf(
        from offset in Gen.Choose(0, 20_000)
        from price in Gen.Frequency((6, Gen.Choose(9_900, 10_100).Select(c => c * 10)), (1, Gen.Choose(99_000, 101_000)))
        from size in Gen.Frequency((1, Gen.Constant(0m)), (8, Gen.Choose(1, 400).Select(s => (decimal)s)), (1, Gen.Choose(1, 400).Select(s => s + 0.5m)))
        from delay in Gen.Choose(0, 3_000)
        select new ScriptedTrade(offset, price, size, delay)));

    private static Arbitrary<BarSpecification> Specifications { get; } = Arb.From(Gen.Elements(
        OneSecond,
        BarSpecification.Time(TimeSpan.FromMinutes(1)),
        BarSpecification.Ticks(3),
        BarSpecification.Ticks(1),
        BarSpecification.Volume(250m),
        BarSpecification.Volume(0.5m),
        BarSpecification.Notional(30_000m)));

    [Property(MaxTest = 200)]
    public Property Every_bar_keeps_ohlcv_invariants_for_any_tick_sequence() =>
        Prop.ForAll(Specifications, Scripts, Arb.From(Gen.Elements(EmptyBarPolicy.Skip, EmptyBarPolicy.EmitFlat)), (spec, script, policy) =>
        {
            var sink = new BarCollector();
            var aggregator = BarAggregator.Create(Equity, spec, sink, new BarAggregatorOptions(Grace, policy));
            foreach (var trade in ArrivalOrder(script))
            {
                aggregator.OnTime(Arrival(trade));
                aggregator.OnTrade(ToTick(trade));
            }

            aggregator.OnTime(Day.AddNanos(60 * Second));
            return sink.Bars.All(b =>
                b.Low <= b.Open && b.Low <= b.Close && b.Open <= b.High && b.Close <= b.High
                && b.Volume.Value >= 0m
                && (b.IsFlat ? b.Volume.IsZero && b.High == b.Low : b.TickCount >= 1)
                && b.OpenTime <= b.CloseTime);
        });

    [Property(MaxTest = 200)]
    public Property Time_bars_equal_the_ticks_grouped_by_utc_interval() =>
        Prop.ForAll(Scripts, script =>
        {
            var sink = new BarCollector();
            var aggregator = BarAggregator.Create(Equity, OneSecond, sink);
            var arrival = ArrivalOrder(script);
            foreach (var trade in arrival)
            {
                aggregator.OnTrade(ToTick(trade));
            }

            aggregator.OnTime(Day.AddNanos(60 * Second));
            var expected = arrival
                .Select((t, i) => (Tick: ToTick(t), Arrival: i))
                .GroupBy(x => UnixNanos.FloorTo(x.Tick.TsEvent.Value, Second))
                .OrderBy(g => g.Key)
                .Select(g =>
                {
                    var byTime = g.OrderBy(x => x.Tick.TsEvent.Value).ThenBy(x => x.Arrival).ToList();
                    return (Start: g.Key,
                        Open: byTime[0].Tick.Price.Value,
                        High: g.Max(x => x.Tick.Price.Value),
                        Low: g.Min(x => x.Tick.Price.Value),
                        Close: byTime[^1].Tick.Price.Value,
                        Volume: g.Sum(x => x.Tick.Size.Value),
                        Count: (long)g.Count());
                })
                .ToList();
            var actual = sink.Bars.Select(b => (Start: b.OpenTime.Value, Open: b.Open.Value, High: b.High.Value, Low: b.Low.Value, Close: b.Close.Value, Volume: b.Volume.Value, Count: b.TickCount)).ToList();
            return expected.SequenceEqual(actual);
        });

    [Property(MaxTest = 200)]
    public Property Volume_and_tick_bars_lose_nothing_at_splits() =>
        Prop.ForAll(Specifications.Filter(s => s.Aggregation != BarAggregation.Time), Scripts, (spec, script) =>
        {
            var sink = new BarCollector();
            var aggregator = BarAggregator.Create(Equity, spec, sink);
            var ticks = ArrivalOrder(script).Select(ToTick).ToList();
            ticks.ForEach(t => aggregator.OnTrade(t));

            var open = aggregator.Snapshot().OpenBars;
            var volume = sink.Bars.Sum(b => b.Volume.Value) + open.Sum(b => b.Volume.Value);
            var notional = sink.Bars.Sum(b => b.Notional.Amount) + open.Sum(b => b.Notional);
            var fullBars = spec.Aggregation switch
            {
                BarAggregation.Volume => sink.Bars.All(b => b.Volume.Value == spec.Step),
                BarAggregation.Tick => sink.Bars.All(b => b.TickCount == (long)spec.Step),
                _ => sink.Bars.All(b => Math.Abs(Math.Abs(b.Notional.Amount) - spec.Step) < 1e-8m),
            };
            return (volume == ticks.Sum(t => t.Size.Value))
                .Label("volume conserved")
                .And((notional == ticks.Sum(t => t.Price.Value * t.Size.Value)).Label("notional conserved"))
                .And(fullBars.Label("every closed bar is full"));
        });

    [Property(MaxTest = 200)]
    public Property Time_bars_do_not_depend_on_when_the_clock_is_read_within_grace() =>
        Prop.ForAll(Scripts, Arb.From(Gen.Elements(EmptyBarPolicy.Skip, EmptyBarPolicy.EmitFlat)), Arb.From(Gen.Choose(0, int.MaxValue)), (script, policy, seed) =>
        {
            var options = new BarAggregatorOptions(Grace, policy);
            var end = Day.AddNanos(60 * Second);
            var arrival = ArrivalOrder(script);
            var readEvery = 1 + (seed % 5);

            var live = new BarCollector();
            var liveAggregator = BarAggregator.Create(Equity, OneSecond, live, options);
            for (var i = 0; i < arrival.Length; i++)
            {
                if (i % readEvery == 0)
                {
                    liveAggregator.OnTime(Arrival(arrival[i]));
                }

                liveAggregator.OnTrade(ToTick(arrival[i]));
            }

            liveAggregator.OnTime(end);

            var batch = new BarCollector();
            var batchAggregator = BarAggregator.Create(Equity, OneSecond, batch, options);
            foreach (var trade in arrival)
            {
                batchAggregator.OnTrade(ToTick(trade));
            }

            batchAggregator.OnTime(end);

            var replay = new BarCollector();
            var replayAggregator = BarAggregator.Create(Equity, OneSecond, replay, options);
            foreach (var trade in arrival.OrderBy(t => t.OffsetMillis))
            {
                replayAggregator.OnTime(ToTick(trade).TsEvent);
                replayAggregator.OnTrade(ToTick(trade));
            }

            replayAggregator.OnTime(end);
            return (live.Bars.SequenceEqual(batch.Bars) && live.Bars.SequenceEqual(replay.Bars))
                .Label($"live {live.Bars.Count}, batch {batch.Bars.Count}, replay {replay.Bars.Count} bars")
                .And((liveAggregator.DroppedLateTicks == 0).Label("no tick within grace is dropped"));
        });

    [Property(MaxTest = 200)]
    public Property Restoring_a_snapshot_mid_bar_gives_the_same_bars_as_never_stopping() =>
        Prop.ForAll(Specifications, Scripts, Arb.From(Gen.Choose(0, 1_000)), (spec, script, cutSeed) =>
        {
            var options = new BarAggregatorOptions(Grace, EmptyBarPolicy.EmitFlat);
            var arrival = ArrivalOrder(script);
            var cut = arrival.Length == 0 ? 0 : cutSeed % (arrival.Length + 1);

            var whole = new BarCollector();
            var wholeAggregator = BarAggregator.Create(Equity, spec, whole, options);
            var parts = new BarCollector();
            var current = BarAggregator.Create(Equity, spec, parts, options);
            for (var i = 0; i < arrival.Length; i++)
            {
                if (i == cut)
                {
                    current = BarAggregator.Restore(Equity, current.Snapshot(), parts);
                }

                foreach (var aggregator in new[] { wholeAggregator, current })
                {
                    aggregator.OnTime(Arrival(arrival[i]));
                    aggregator.OnTrade(ToTick(arrival[i]));
                }
            }

            var end = Day.AddNanos(60 * Second);
            wholeAggregator.OnTime(end);
            current.OnTime(end);
            return whole.Bars.SequenceEqual(parts.Bars) && wholeAggregator.Snapshot() == current.Snapshot();
        });

    private static ScriptedTrade[] ArrivalOrder(ScriptedTrade[] script) =>
        [.. script.Select((t, i) => (t, i)).OrderBy(x => x.t.OffsetMillis + x.t.DelayMillis).ThenBy(x => x.i).Select(x => x.t)];

    private static UnixNanos Arrival(ScriptedTrade trade) => Day.AddNanos((trade.OffsetMillis + trade.DelayMillis) * UnixNanos.NanosPerMillisecond);

    private static TradeTick ToTick(ScriptedTrade trade) =>
        Trade(trade.PriceMillis / 1000m, trade.Size, Day.AddNanos(trade.OffsetMillis * UnixNanos.NanosPerMillisecond));
}
