using OrleansTrading.Domain.MarketData;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Tests.MarketData;

public class QuoteTickTests
{
    [Fact]
    public void Crossed_quote_is_refused_with_a_message_naming_bid_and_ask()
    {
        var error = Assert.Throws<ArgumentException>(() => Market.Quote(100.02m, 100.01m, 1, 1, Market.Day));
        Assert.Contains("crossed", error.Message);
        Assert.Contains("100.02", error.Message);
    }

    [Fact]
    public void Locked_quote_is_kept()
    {
        var quote = Market.Quote(100m, 100m, 5, 7, Market.Day);
        Assert.Equal(0m, quote.Spread.Value);
    }

    [Fact]
    public void TryCreate_reports_a_crossed_quote_without_throwing()
    {
        var ok = QuoteTick.TryCreate(Market.Equity.Id, new Price(2m), new Price(1m), Quantity.Zero, Quantity.Zero, Market.Day, Market.Day, out var quote, out var error);
        Assert.False(ok);
        Assert.Equal(default, quote);
        Assert.Contains("crossed", error);
    }

    [Fact]
    public void TryCreate_builds_a_valid_quote()
    {
        var ok = QuoteTick.TryCreate(Market.Equity.Id, new Price(1m), new Price(2m), new Quantity(3m), new Quantity(4m), Market.Day, Market.Day, out var quote, out var error);
        Assert.True(ok);
        Assert.Null(error);
        Assert.Equal(new Quantity(4m), quote.AskSize);
    }

    [Fact]
    public void Mid_is_the_exact_average_of_bid_and_ask()
    {
        Assert.Equal(100.005m, Market.Quote(100.00m, 100.01m, 1, 1, Market.Day).Mid.Value);
    }

    [Fact]
    public void Trade_id_default_means_the_feed_gave_none()
    {
        Assert.False(default(TradeId).IsKnown);
        Assert.Equal(string.Empty, default(TradeId).ToString());
        Assert.True(new TradeId("T-1").IsKnown);
        Assert.Throws<ArgumentException>(() => new TradeId("has space"));
    }
}
