using BenchmarkDotNet.Attributes;
using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Positions;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Benchmarks.Domain;

/// <summary>
/// Fill → position update, with the fill-id dedupe insert (each invocation applies a new fill to a position whose id
/// set was sized up front) and without it (<see cref="Position.ApplyTrade"/>), plus a redelivered fill. The fill mix
/// adds, reduces, closes and reverses. Target: ≤ 200 ns per fill.
/// </summary>
[MemoryDiagnoser]
public class PositionBenchmarks
{
    private const int FillsPerIteration = 100_000;

    private static readonly Instrument _future = new(new InstrumentId("ESZ6.XCME"), AssetClass.Future, Currency.Usd, 0.25m, new Quantity(1m), 50m);
    private static readonly AccountId _accountId = new("ACC-0001");

    private Fill[] _fills = null!;
    private Position _position = null!;
    private Position _tradeOnly = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var strategy = new StrategyId("MOMENTUM-1");
        var order = new ClientOrderId("ORD-0001");
        _fills = new Fill[FillsPerIteration];
        for (var i = 0; i < _fills.Length; i++)
        {
            var side = random.Next(2) == 0 ? OrderSide.Buy : OrderSide.Sell;
            var quantity = new Quantity(random.Next(1, 20));
            var price = new Price(4000m + (random.Next(-400, 400) * 0.25m));
            _fills[i] = new Fill(
                new FillId($"XNAS-EXEC-{i:D9}"), _accountId, strategy, _future.Id, order, side, quantity, price,
                new Money(1.25m, Currency.Usd), new UnixNanos(i), new UnixNanos(i));
        }

        _tradeOnly = Position.Open(_future, _accountId);
    }

    [IterationSetup(Targets = [nameof(ApplyNewFill)])]
    public void FreshPosition()
    {
        _position = Position.Open(_future, _accountId, expectedFills: FillsPerIteration);
        _next = 0;
    }

    [Benchmark(Description = "fill → position, with fill-id dedupe insert")]
    [InvocationCount(FillsPerIteration)]
    public FillApplication ApplyNewFill() => _position.Apply(_fills[_next++]);

    [Benchmark(Description = "trade → position, no dedupe")]
    public PositionChange ApplyTradeWithoutDedupe()
    {
        var fill = _fills[_next++ % FillsPerIteration];
        return _tradeOnly.ApplyTrade(fill.Side, fill.Quantity, fill.Price, fill.Commission.Amount);
    }

    [Benchmark(Description = "redelivered fill (dedupe hit)")]
    public FillApplication ApplyDuplicate()
    {
        var fill = _fills[0];
        if (!_tradeOnly.HasApplied(fill.FillId))
        {
            _tradeOnly.Apply(fill);
        }

        return _tradeOnly.Apply(fill);
    }
}
