using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Api.Reporting;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Api.Tests.Reporting;

public sealed class ReportingTests
{
    private static OrderEvent Fill(long sequence, string instrument, decimal quantity, decimal price, OrderEventKind kind = OrderEventKind.Filled, OrderSide side = OrderSide.Buy) => new(
        sequence, new AccountId("A"), new ClientOrderId("c-" + sequence), 1, kind, OrderStatus.Filled, new Quantity(quantity), Quantity.Zero,
        new Quantity(quantity), new Price(price), null, new UnixNanos(sequence), new InstrumentId(instrument), new StrategyId("S"), side,
        new FillId("f-" + sequence), new Money(0.1m, Currency.Usd));

    [Theory]
    [InlineData(null, 0, 0L)]
    [InlineData("", 0, 0L)]
    [InlineData("t1.0.0", 0, 0L)]
    [InlineData("t1.3.12345", 3, 12345L)]
    public void Trade_log_cursors_round_trip_through_page_tokens(string? token, int account, long sequence)
    {
        Assert.True(TradeLogCursor.TryParse(token, out var cursor));
        Assert.Equal(new TradeLogCursor(account, sequence), cursor);
        if (!string.IsNullOrEmpty(token))
        {
            Assert.Equal(token, cursor.ToString());
        }
    }

    [Theory]
    [InlineData("t2.0.0")]
    [InlineData("t1.-1.0")]
    [InlineData("t1.0")]
    [InlineData("garbage")]
    public void Foreign_page_tokens_are_refused(string token) => Assert.False(TradeLogCursor.TryParse(token, out _));

    [Fact]
    public void Only_executions_with_size_and_price_count_as_trades()
    {
        Assert.True(FillEvents.IsFill(Fill(1, "AAPL.XNAS", 10m, 100m)));
        Assert.True(FillEvents.IsFill(Fill(1, "AAPL.XNAS", 10m, 100m, OrderEventKind.PartiallyFilled)));
        Assert.False(FillEvents.IsFill(Fill(1, "AAPL.XNAS", 10m, 100m, OrderEventKind.Accepted)));
        Assert.False(FillEvents.IsFill(Fill(1, "AAPL.XNAS", 0m, 100m)));
    }

    [Fact]
    public void Performance_sums_positions_and_period_fills_per_instrument_and_currency()
    {
        var positions = new List<PositionView>
        {
            new(new AccountId("A"), null, new InstrumentId("AAPL.XNAS"), 70m, new Price(100m), new Price(102m), 50m, 140m, 1.5m, 7140m, Currency.Usd, 2, new UnixNanos(9), []),
            new(new AccountId("B"), null, new InstrumentId("AAPL.XNAS"), -20m, new Price(101m), new Price(102m), 0m, -20m, 0.5m, -2040m, Currency.Usd, 1, new UnixNanos(9), []),
        };
        var trades = new List<OrderEvent>
        {
            Fill(1, "AAPL.XNAS", 100m, 100m),
            Fill(2, "AAPL.XNAS", 30m, 101m, side: OrderSide.Sell),
            Fill(3, "ESZ6.XCME", 2m, 5000.25m),
        };

        var (instruments, currencies) = PerformanceCalculator.Compute(positions, trades, TestInstruments.Catalog);

        var aapl = instruments.Single(i => i.InstrumentId == "AAPL.XNAS");
        Assert.Equal("50", aapl.NetQuantity);
        Assert.Equal("50", aapl.RealizedPnl);
        Assert.Equal("120", aapl.UnrealizedPnl);
        Assert.Equal("2.0", aapl.Commissions);
        Assert.Equal(2, aapl.PeriodFillCount);
        Assert.Equal("100", aapl.PeriodBoughtQuantity);
        Assert.Equal("30", aapl.PeriodSoldQuantity);
        Assert.Equal("10000", aapl.PeriodBuyNotional);
        Assert.Equal("3030", aapl.PeriodSellNotional);
        var es = instruments.Single(i => i.InstrumentId == "ESZ6.XCME");
        Assert.Equal("500025.00", es.PeriodBuyNotional);
        Assert.Equal("USD", es.Currency);
        var usd = Assert.Single(currencies);
        Assert.Equal("USD", usd.Currency);
        Assert.Equal("168.0", usd.NetPnl);
        Assert.Equal(3, usd.PeriodFillCount);
        Assert.Equal("510025.00", usd.PeriodBuyNotional);
    }
}
