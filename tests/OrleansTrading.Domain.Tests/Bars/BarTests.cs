using OrleansTrading.Domain.Bars;
using OrleansTrading.Domain.Values;
using static OrleansTrading.Domain.Tests.MarketData.Market;

namespace OrleansTrading.Domain.Tests.Bars;

public class BarTests
{
    private static readonly BarType Type = new(Equity.Id, BarSpecification.Ticks(1));

    [Theory]
    [InlineData(100, 101, 99, 102)]
    [InlineData(98, 101, 99, 100)]
    [InlineData(100, 99.5, 99, 100)]
    public void Bar_with_prices_outside_low_high_is_refused(decimal open, decimal high, decimal low, decimal close)
    {
        Assert.Throws<ArgumentException>(() => Make(open, high, low, close, 1m, 1));
    }

    [Fact]
    public void Bar_without_ticks_must_be_flat()
    {
        Assert.Throws<ArgumentException>(() => Make(100m, 101m, 100m, 100m, 0m, 0));
        Assert.Throws<ArgumentException>(() => Make(100m, 100m, 100m, 100m, 5m, 0));
        Assert.True(Make(100m, 100m, 100m, 100m, 0m, 0).IsFlat);
    }

    [Fact]
    public void Bar_that_closes_before_it_opens_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Bar(Type, new(1m), new(1m), new(1m), new(1m), Quantity.Zero, Money.Zero(Currency.Usd), 1, At(10, 0, 1), At(10, 0, 0)));
    }

    [Fact]
    public void Negative_tick_count_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Make(1m, 1m, 1m, 1m, 0m, -1));
    }

    [Fact]
    public void Bar_type_text_names_instrument_and_specification()
    {
        Assert.Equal("TEST.XNAS-1-TICK-TRADE", Type.ToString());
    }

    private static Bar Make(decimal open, decimal high, decimal low, decimal close, decimal volume, long ticks) =>
        new(Type, new(open), new(high), new(low), new(close), new Quantity(volume), new Money(0m, Currency.Usd), ticks, At(10, 0, 0), At(10, 0, 1));
}
