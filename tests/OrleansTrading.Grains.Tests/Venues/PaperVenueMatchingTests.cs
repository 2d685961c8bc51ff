using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Serialization;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.MarketData;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.Instruments;
using OrleansTrading.Grains.MarketData;
using OrleansTrading.Grains.Tests.Cluster;
using OrleansTrading.Grains.Venues.Paper;

namespace OrleansTrading.Grains.Tests.Venues;

/// <summary>
/// Which resting orders a quote fills. The venue looks only at orders a quote can reach (limits by price, stops and
/// working market orders always), so these pin down that nothing reachable is skipped; <see cref="RestingOrderBookTests"/>
/// pins down that nothing else is visited.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PaperVenueMatchingTests(ClusterFixture cluster)
{
    private static readonly Domain.Instruments.Instrument Aapl = ClusterFixture.Aapl;
    private readonly ManualClock _clock = new(UnixNanos.FromDateTime(ClusterFixture.Start));

    [Fact]
    public async Task A_quote_fills_exactly_the_buy_limits_at_or_above_its_ask_and_the_sell_limits_at_or_below_its_bid()
    {
        await using var venue = Venue();
        venue.OnQuote(Quote(99.00m, 101.00m)); // nothing below is marketable on arrival
        string[] buys = ["b99.50", "b99.80", "b99.90", "b99.95"];
        string[] sells = ["s100.15", "s100.05", "s100.00", "s100.30"];
        foreach (var id in buys.Concat(sells))
        {
            await venue.SendAsync(Order(id, id[0] == 'b' ? OrderSide.Buy : OrderSide.Sell, OrderType.Limit, limit: decimal.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(8, venue.OpenOrders);

        venue.OnQuote(Quote(99.85m, 99.90m)); // the offer drops to 99.90: buys at or above it trade, no sell does
        Assert.Equal(["b99.90", "b99.95"], await FilledAsync(venue, buys.Concat(sells)));

        venue.OnQuote(Quote(100.05m, 100.10m)); // the bid rises to 100.05: sells at or below it trade, no other buy
        Assert.Equal(["b99.90", "b99.95", "s100.00", "s100.05"], await FilledAsync(venue, buys.Concat(sells)));
        Assert.Equal(4, venue.OpenOrders);
    }

    [Fact]
    public async Task A_stop_limit_triggers_on_one_quote_rests_at_its_limit_and_fills_when_a_later_quote_reaches_it()
    {
        await using var venue = Venue();
        venue.OnQuote(Quote(100.00m, 100.10m));
        await venue.SendAsync(Order("stop", OrderSide.Buy, OrderType.StopLimit, limit: 100.50m, stop: 101.00m));

        venue.OnQuote(Quote(100.90m, 101.00m)); // ask reaches the stop; 101.00 is above the 100.50 limit: rests
        Assert.Empty(await FilledAsync(venue, ["stop"]));

        venue.OnQuote(Quote(100.20m, 100.40m));
        Assert.Equal(["stop"], await FilledAsync(venue, ["stop"]));
    }

    [Fact]
    public async Task A_plain_stop_waits_for_a_quote_that_reaches_it_and_then_fills_as_a_market_order()
    {
        await using var venue = Venue();
        venue.OnQuote(Quote(100.00m, 100.10m));
        await venue.SendAsync(Order("stop", OrderSide.Buy, OrderType.Stop, stop: 101.00m));

        venue.OnQuote(Quote(100.50m, 100.60m));
        Assert.Empty(await FilledAsync(venue, ["stop"]));

        venue.OnQuote(Quote(100.95m, 101.05m));
        var trade = Assert.Single(await ReportsAsync(venue, "stop"), r => r.ExecType == ExecType.Trade);
        Assert.Equal(new Price(101.05m), trade.LastPx);
        Assert.Equal(0, venue.OpenOrders);
    }

    [Fact]
    public async Task A_market_order_larger_than_the_displayed_size_keeps_working_and_fills_on_later_quotes()
    {
        await using var venue = Venue();
        venue.OnQuote(Quote(100.00m, 100.10m, size: 4m));
        await venue.SendAsync(Order("market", OrderSide.Buy, OrderType.Market));
        Assert.Equal(1, venue.OpenOrders);

        venue.OnQuote(Quote(100.00m, 100.20m, size: 4m));
        venue.OnQuote(Quote(100.00m, 100.30m, size: 4m));

        var trades = (await ReportsAsync(venue, "market")).Where(r => r.ExecType == ExecType.Trade).ToList();
        Assert.Equal([4m, 4m, 2m], trades.Select(t => t.LastQty.Value));
        Assert.Equal(0, venue.OpenOrders);
    }

    [Fact]
    public async Task An_order_the_simulator_cannot_evaluate_keeps_working_and_does_not_stop_the_quote_reaching_the_others()
    {
        await using var venue = Venue(); // no quote yet: nothing is evaluated on arrival
        await venue.SendAsync(Order("unpriced", OrderSide.Buy, OrderType.Limit)); // a limit order without a limit
        await venue.SendAsync(Order("priced", OrderSide.Buy, OrderType.Limit, limit: 100.00m));

        venue.OnQuote(Quote(99.90m, 100.00m));

        Assert.Equal(["priced"], await FilledAsync(venue, ["unpriced", "priced"]));
        Assert.Equal(1, venue.OpenOrders);
    }

    [Fact]
    public async Task A_replaced_order_is_matched_at_its_new_price_and_no_longer_at_its_old_one()
    {
        await using var venue = Venue();
        venue.OnQuote(Quote(100.00m, 100.10m));
        await venue.SendAsync(Order("moved", OrderSide.Buy, OrderType.Limit, limit: 99.00m));
        await venue.SendAsync(Order("lowered", OrderSide.Buy, OrderType.Limit, limit: 99.95m));
        await venue.ReplaceAsync(Replace("moved", 99.80m));
        await venue.ReplaceAsync(Replace("lowered", 99.00m));

        venue.OnQuote(Quote(99.70m, 99.80m));

        Assert.Equal(["moved"], await FilledAsync(venue, ["moved", "lowered"]));
    }

    [Fact]
    public async Task Cancelled_and_filled_orders_leave_the_book()
    {
        await using var venue = Venue();
        venue.OnQuote(Quote(100.00m, 100.10m));
        await venue.SendAsync(Order("cancelled", OrderSide.Buy, OrderType.Limit, limit: 99.00m));
        await venue.SendAsync(Order("filled", OrderSide.Buy, OrderType.Limit, limit: 99.50m));
        await venue.CancelAsync(new VenueCancelRequest("MATCH|cancelled", Aapl.Id, new ClientOrderId("OTcancelled-c"), new ClientOrderId("OTcancelled"), null, OrderSide.Buy, new Quantity(10)));
        venue.OnQuote(Quote(99.40m, 99.50m));
        var tradesBefore = await TradesAsync(venue, "filled");

        venue.OnQuote(Quote(98.00m, 98.50m)); // reaches both prices: neither may trade again

        Assert.Equal(0, venue.OpenOrders);
        Assert.Equal(tradesBefore, await TradesAsync(venue, "filled"));
        Assert.Equal(0, await TradesAsync(venue, "cancelled"));
    }

    private PaperVenue Venue() => cluster.PaperVenue(_clock);

    private QuoteTick Quote(decimal bid, decimal ask, decimal size = 1_000_000m) =>
        new(Aapl.Id, new Price(bid), new Price(ask), new Quantity(size), new Quantity(size), _clock.UtcNow, _clock.UtcNow);

    private static VenueOrder Order(string id, OrderSide side, OrderType type, decimal? limit = null, decimal? stop = null) =>
        new($"MATCH|{id}", new AccountId("MATCH"), Aapl.Id, new ClientOrderId($"OT{id}"), side, type, new Quantity(10),
            limit is { } l ? new Price(l) : null, stop is { } s ? new Price(s) : null, TimeInForce.Gtc, null, UnixNanos.FromDateTime(ClusterFixture.Start));

    private static VenueReplaceRequest Replace(string id, decimal limit) =>
        new($"MATCH|{id}", Aapl.Id, new ClientOrderId($"OT{id}-r"), new ClientOrderId($"OT{id}"), null, OrderSide.Buy, OrderType.Limit,
            new Quantity(10), new Price(limit), null, TimeInForce.Gtc);

    private static async Task<string[]> FilledAsync(PaperVenue venue, IEnumerable<string> ids)
    {
        var filled = new List<string>();
        foreach (var id in ids)
        {
            if (await TradesAsync(venue, id) > 0)
            {
                filled.Add(id);
            }
        }

        return [.. filled.Order(StringComparer.Ordinal)];
    }

    private static async Task<int> TradesAsync(PaperVenue venue, string id) =>
        (await ReportsAsync(venue, id)).Count(r => r.ExecType == ExecType.Trade);

    private static async Task<IReadOnlyList<ExecutionReport>> ReportsAsync(PaperVenue venue, string id) =>
        (await venue.StatusAsync(new VenueOrderStatusRequest($"MATCH|{id}", Aapl.Id, new ClientOrderId($"OT{id}"), null, OrderSide.Buy))).Reports;
}
