using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Risk;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Tests.Risk;

/// <summary>Risk books and orders for the rule tests: AAPL (tick 0.01, ×1, 25% margin) and ES (tick 0.25, ×50, 12,000 per contract).</summary>
internal static class RiskBooks
{
    public static readonly Instrument AaplInstrument = new(new InstrumentId("AAPL.XNAS"), AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(1m));
    public static readonly Instrument EsInstrument = new(new InstrumentId("ESZ6.XCME"), AssetClass.Future, Currency.Usd, 0.25m, new Quantity(1m), 50m);
    public static readonly InstrumentId Aapl = AaplInstrument.Id;
    public static readonly InstrumentId Es = EsInstrument.Id;
    public static readonly InstrumentId Unknown = new("NOPE.XNAS");
    public static readonly StrategyId Strategy = new("STRAT1");
    public static readonly UnixNanos T0 = UnixNanos.FromDateTime(new DateTime(2026, 11, 26, 14, 30, 0, DateTimeKind.Utc));

    public static RiskBook Book(RiskLimits? limits = null, RiskScope scope = RiskScope.Account, bool withPrices = true, decimal equity = 1_000_000m)
    {
        var book = new RiskBook(scope, limits ?? RiskLimits.Unlimited, T0);
        book.Register(new InstrumentRiskProfile(AaplInstrument, MarginRequirement.RateOfNotional(0.25m)));
        book.Register(new InstrumentRiskProfile(EsInstrument, MarginRequirement.PerContract(12_000m)));
        if (withPrices)
        {
            book.UpdateLastPrice(Aapl, new Price(100m));
            book.UpdateLastPrice(Es, new Price(4000m));
        }

        book.UpdateEquity(equity, T0);
        return book;
    }

    public static OrderCandidate Buy(decimal quantity, decimal? price = null, InstrumentId? instrument = null) =>
        new(instrument ?? Aapl, Strategy, OrderSide.Buy, new Quantity(quantity), price is { } p ? new Price(p) : null);

    public static OrderCandidate Sell(decimal quantity, decimal? price = null, InstrumentId? instrument = null) =>
        new(instrument ?? Aapl, Strategy, OrderSide.Sell, new Quantity(quantity), price is { } p ? new Price(p) : null);

    public static RiskDecision Check(RiskBook account, in OrderCandidate order, RiskBook? strategy = null, KillSwitchState killSwitch = KillSwitchState.Released, UnixNanos? now = null) =>
        PreTradeRiskCheck.Evaluate(order, account, strategy, killSwitch, now ?? T0);
}
