using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Positions;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Tests.Positions;

/// <summary>Builders for position tests: one account, two strategies, an equity and a future with a multiplier.</summary>
internal static class PositionFills
{
    public static readonly AccountId Account = new("ACC1");
    public static readonly StrategyId Strategy = new("STRAT1");
    public static readonly StrategyId OtherStrategy = new("STRAT2");
    public static readonly Instrument Equity = new(new InstrumentId("AAPL.XNAS"), AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(1m));
    public static readonly Instrument Future = new(new InstrumentId("ESZ6.XCME"), AssetClass.Future, Currency.Usd, 0.25m, new Quantity(1m), 50m);

    private static int s_next;

    public static Fill Fill(
        OrderSide side,
        decimal quantity,
        decimal price,
        decimal commission = 0m,
        Instrument? instrument = null,
        string? id = null,
        StrategyId? strategy = null,
        Currency? commissionCurrency = null)
    {
        instrument ??= Equity;
        var n = Interlocked.Increment(ref s_next);
        return new Fill(
            new FillId(id ?? $"F{n}"),
            Account,
            strategy ?? Strategy,
            instrument.Id,
            new ClientOrderId($"O{n}"),
            side,
            new Quantity(quantity),
            new Price(price),
            new Money(commission, commissionCurrency ?? instrument.QuoteCurrency),
            new UnixNanos(n),
            new UnixNanos(n));
    }

    public static Fill Buy(decimal quantity, decimal price, decimal commission = 0m, Instrument? instrument = null, string? id = null) =>
        Fill(OrderSide.Buy, quantity, price, commission, instrument, id);

    public static Fill Sell(decimal quantity, decimal price, decimal commission = 0m, Instrument? instrument = null, string? id = null) =>
        Fill(OrderSide.Sell, quantity, price, commission, instrument, id);

    public static Position NewPosition(Instrument? instrument = null, StrategyId? strategy = null) =>
        Position.Open(instrument ?? Equity, Account, strategy);

    /// <summary>Cash flow of a fill computed independently of the position: −signed qty × price × multiplier − commission.</summary>
    public static decimal CashFlowOf(Fill fill, decimal multiplier) =>
        (-fill.SignedQuantity * fill.Price.Value * multiplier) - fill.Commission.Amount;
}
