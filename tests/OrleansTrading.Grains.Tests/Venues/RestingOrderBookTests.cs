using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.MarketData;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.Tests.Cluster;
using OrleansTrading.Grains.Venues.Paper;

namespace OrleansTrading.Grains.Tests.Venues;

/// <summary>What a quote visits: only the orders it can fill, so resting orders far from the market cost it nothing.</summary>
public sealed class RestingOrderBookTests
{
    private static readonly Domain.Instruments.Instrument Aapl = ClusterFixture.Aapl;
    private static readonly UnixNanos At = UnixNanos.FromDateTime(ClusterFixture.Start);
    private long _sequence;

    [Fact]
    public void A_quote_reaches_the_limits_it_can_fill_and_every_order_not_priced_by_a_limit_alone()
    {
        var book = new RestingOrderBook();
        var orders = new[]
        {
            Working("buy-99.00", OrderSide.Buy, OrderType.Limit, limit: 99.00m),
            Working("buy-99.50", OrderSide.Buy, OrderType.Limit, limit: 99.50m),
            Working("buy-100.00", OrderSide.Buy, OrderType.Limit, limit: 100.00m),
            Working("sell-99.40", OrderSide.Sell, OrderType.Limit, limit: 99.40m),
            Working("sell-101.00", OrderSide.Sell, OrderType.Limit, limit: 101.00m),
            Working("stop", OrderSide.Buy, OrderType.Stop, stop: 120.00m),
            Working("stop-limit", OrderSide.Sell, OrderType.StopLimit, limit: 80.00m, stop: 81.00m),
            Working("market", OrderSide.Buy, OrderType.Market),
        };
        foreach (var order in orders)
        {
            book.Add(order);
        }

        var reached = book.Reachable(Quote(bid: 99.40m, ask: 99.50m)).Select(o => o.Order.OrderKey).Order(StringComparer.Ordinal);

        Assert.Equal(["buy-100.00", "buy-99.50", "market", "sell-99.40", "stop", "stop-limit"], reached);
        Assert.Empty(book.Reachable(new QuoteTick(new InstrumentId("MSFT.XNAS"), new Price(1m), new Price(2m), new Quantity(1m), new Quantity(1m), At, At)));
    }

    [Fact]
    public void A_triggered_stop_limit_filed_again_is_reached_by_its_limit_only()
    {
        var book = new RestingOrderBook();
        var order = Working("stop-limit", OrderSide.Buy, OrderType.StopLimit, limit: 100.50m, stop: 101.00m);
        book.Add(order);
        book.Remove(order);
        order.StopTriggered = true;
        book.Add(order);

        Assert.Empty(book.Reachable(Quote(bid: 100.90m, ask: 101.00m)));
        Assert.Single(book.Reachable(Quote(bid: 100.40m, ask: 100.50m)));
    }

    [Fact]
    public void A_removed_order_is_never_reached_and_removing_twice_is_harmless()
    {
        var book = new RestingOrderBook();
        var order = Working("buy", OrderSide.Buy, OrderType.Limit, limit: 100.00m);
        book.Add(order);
        book.Add(order);
        Assert.Equal(1, book.Count);

        book.Remove(order);
        book.Remove(order);

        Assert.Equal(0, book.Count);
        Assert.Empty(book.Reachable(Quote(bid: 90m, ask: 91m)));
    }

    private WorkingOrder Working(string key, OrderSide side, OrderType type, decimal? limit = null, decimal? stop = null) =>
        new(new VenueOrder(key, new AccountId("BOOK"), Aapl.Id, new ClientOrderId("OT" + key), side, type, new Quantity(10),
                limit is { } l ? new Price(l) : null, stop is { } s ? new Price(s) : null, TimeInForce.Gtc, null, At),
            ++_sequence, new VenueOrderId("V" + _sequence), Aapl, null);

    private static QuoteTick Quote(decimal bid, decimal ask) =>
        new(Aapl.Id, new Price(bid), new Price(ask), new Quantity(1_000m), new Quantity(1_000m), At, At);
}
