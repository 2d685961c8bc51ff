using BenchmarkDotNet.Attributes;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Risk;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Benchmarks.Domain;

/// <summary>
/// Pre-trade risk check over an account book and a strategy book with every rule enabled and 200 instruments
/// registered (positions, open orders, prices). Target: ≤ 1 µs and 0 B per call.
/// </summary>
[MemoryDiagnoser]
public class RiskCheckBenchmarks
{
    private const int Instruments = 200;

    private RiskBook _account = null!;
    private RiskBook _strategy = null!;
    private OrderCandidate _passing;
    private OrderCandidate _passingMarket;
    private OrderCandidate _overPositionLimit;
    private OrderCandidate _overQuantity;
    private UnixNanos _now;

    [GlobalSetup]
    public void Setup()
    {
        _now = UnixNanos.FromSeconds(1_800_000_000);
        var limits = new RiskLimits
        {
            MaxOrderQuantity = 10_000m,
            MaxOrderNotional = 5_000_000m,
            MaxPositionQuantity = 50_000m,
            MaxGrossNotional = 500_000_000m,
            MaxDailyDrawdownFraction = 0.05m,
            MaxMarginUtilisation = 0.9m,
            OrderRate = OrderRateLimit.PerSecond(1_000, 100),
            CollarMaxDeviationFraction = 0.05m,
            CollarMaxDeviationTicks = 5_000,
        };
        _account = NewBook(RiskScope.Account, limits);
        _strategy = NewBook(RiskScope.Strategy, limits with { MaxPositionQuantity = 20_000m });

        var strategy = new StrategyId("MOMENTUM-1");
        var instrument = new InstrumentId("SYM0117.XNAS");
        _passing = new OrderCandidate(instrument, strategy, OrderSide.Buy, new Quantity(500m), new Price(101.25m));
        _passingMarket = new OrderCandidate(instrument, strategy, OrderSide.Sell, new Quantity(500m));
        _overPositionLimit = new OrderCandidate(instrument, strategy, OrderSide.Buy, new Quantity(9_999m), new Price(101.25m));
        _strategy.SetPosition(instrument, 15_000m);
        _overQuantity = new OrderCandidate(instrument, strategy, OrderSide.Buy, new Quantity(20_000m), new Price(101.25m));

        AssertDecision(_passing, RiskReason.Accepted);
        AssertDecision(_passingMarket, RiskReason.Accepted);
        AssertDecision(_overPositionLimit, RiskReason.MaxPositionExceeded);
        AssertDecision(_overQuantity, RiskReason.MaxOrderQuantityExceeded);
    }

    [Benchmark(Baseline = true, Description = "pass: limit order, account + strategy")]
    public RiskDecision PassLimit() => PreTradeRiskCheck.Evaluate(_passing, _account, _strategy, KillSwitchState.Released, _now);

    [Benchmark(Description = "pass: market order, account + strategy")]
    public RiskDecision PassMarket() => PreTradeRiskCheck.Evaluate(_passingMarket, _account, _strategy, KillSwitchState.Released, _now);

    [Benchmark(Description = "pass: limit order, account only")]
    public RiskDecision PassAccountOnly() => PreTradeRiskCheck.Evaluate(_passing, _account, null, KillSwitchState.Released, _now);

    [Benchmark(Description = "reject: strategy max position (late rule)")]
    public RiskDecision RejectPosition() => PreTradeRiskCheck.Evaluate(_overPositionLimit, _account, _strategy, KillSwitchState.Released, _now);

    [Benchmark(Description = "reject: account max order quantity (early rule)")]
    public RiskDecision RejectQuantity() => PreTradeRiskCheck.Evaluate(_overQuantity, _account, _strategy, KillSwitchState.Released, _now);

    private RiskBook NewBook(RiskScope scope, RiskLimits limits)
    {
        var book = new RiskBook(scope, limits, _now);
        for (var i = 0; i < Instruments; i++)
        {
            var id = new InstrumentId($"SYM{i:D4}.XNAS");
            book.Register(new InstrumentRiskProfile(new Instrument(id, AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(1m)), MarginRequirement.RateOfNotional(0.25m)));
            book.UpdateLastPrice(id, new Price(100m + (i % 7)));
            book.SetPosition(id, (i % 3 - 1) * 1_000m);
            book.SetOpenOrders(id, new Quantity(200m), new Quantity(300m));
        }

        book.UpdateEquity(50_000_000m, _now);
        return book;
    }

    private void AssertDecision(in OrderCandidate order, RiskReason expected)
    {
        var decision = PreTradeRiskCheck.Evaluate(order, _account, _strategy, KillSwitchState.Released, _now);
        if (decision.Reason != expected)
        {
            throw new InvalidOperationException($"Benchmark setup is wrong: expected {expected}, got {decision.Reason}: {decision.Describe()}");
        }
    }
}
