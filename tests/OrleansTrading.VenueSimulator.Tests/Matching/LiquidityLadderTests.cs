using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.VenueSimulator.Matching;
using static OrleansTrading.VenueSimulator.Tests.Matching.TestMarket;

namespace OrleansTrading.VenueSimulator.Tests.Matching;

public sealed class LiquidityLadderTests
{
    private static LiquidityLadder Ladder(bool replenish = true) =>
        new(MarketMaker, new Price(100m), 0.05m, 3, new Quantity(10), replenish);

    [Fact]
    public void Seeding_posts_bid_and_ask_levels_around_the_reference_price()
    {
        var book = NewBook();

        var events = book.SeedLiquidity(Ladder(), T0);

        Assert.Equal(6, events.All<OrderAccepted>().Count);
        Assert.Equal([99.95m, 99.90m, 99.85m], book.Depth(OrderSide.Buy).Select(l => l.Price.Value));
        Assert.Equal([100.05m, 100.10m, 100.15m], book.Depth(OrderSide.Sell).Select(l => l.Price.Value));
        Assert.All(book.Depth(OrderSide.Sell), level => Assert.Equal(new Quantity(10), level.Quantity));
        Assert.All(book.OpenOrders(), order => Assert.Equal(TimeInForce.Gtc, order.TimeInForce));
    }

    [Fact]
    public void A_lone_client_order_fills_against_the_ladder()
    {
        var book = NewBook();
        book.SeedLiquidity(Ladder(), T0);

        var events = book.Submit(Market(Bob, "B1", OrderSide.Buy, 15), At(1));

        var fills = events.FillsOf("B1");
        Assert.Equal([100.05m, 100.10m], fills.Select(f => f.Price.Value));
        Assert.Equal(OrderStatus.Filled, fills[^1].Order.Status);
        Assert.All(fills, f => Assert.Equal(MarketMaker, f.ContraParticipant));
    }

    [Fact]
    public void A_spent_ladder_level_is_posted_again_at_the_back_of_its_price_when_replenishing()
    {
        var book = NewBook();
        book.SeedLiquidity(Ladder(), T0);
        book.Submit(Limit(Carol, "C1", OrderSide.Sell, 4, 100.05m), T0);

        var events = book.Submit(Limit(Bob, "B1", OrderSide.Buy, 10, 100.05m), At(1));

        Assert.Equal("Accepted Filled Filled Accepted", events.Kinds());
        var reposted = events.All<OrderAccepted>()[^1].Order;
        Assert.Equal(MarketMaker, reposted.Participant);
        Assert.Equal(new Price(100.05m), reposted.LimitPrice);
        Assert.Equal([Carol, MarketMaker], book.RestingOrders(OrderSide.Sell).Take(2).Select(o => o.Participant));
        Assert.Equal(new Quantity(14), book.Depth(OrderSide.Sell)[0].Quantity);
    }

    [Fact]
    public void Without_replenishing_the_ladder_runs_dry()
    {
        var book = NewBook();
        book.SeedLiquidity(Ladder(replenish: false), T0);

        book.Submit(Market(Bob, "B1", OrderSide.Buy, 30), At(1));

        Assert.Null(book.BestAsk);
        Assert.Equal(new Price(99.95m), book.BestBid);
    }

    [Fact]
    public void A_ladder_that_does_not_fit_the_instrument_is_refused_and_changes_nothing()
    {
        var book = NewBook();

        var offGrid = Assert.Throws<ArgumentException>(() => book.SeedLiquidity(Ladder() with { LevelSpacing = 0.005m }, T0));
        var noLevels = Assert.Throws<ArgumentException>(() => book.SeedLiquidity(Ladder() with { Levels = 0 }, T0));

        Assert.Contains("multiple of the tick size", offGrid.Message, StringComparison.Ordinal);
        Assert.Contains("at least 1", noLevels.Message, StringComparison.Ordinal);
        Assert.Null(book.Ladder);
        Assert.Equal(0, book.OpenOrderCount);
    }

    [Fact]
    public void A_book_is_seeded_once()
    {
        var book = NewBook();
        book.SeedLiquidity(Ladder(), T0);

        Assert.Throws<InvalidOperationException>(() => book.SeedLiquidity(Ladder(), At(1)));
        Assert.Equal(6, book.OpenOrderCount);
    }
}
