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
/// The paper venue expires GTD orders when their time comes — only those, and only ones still working — from a queue
/// of expiries rather than a scan of every resting order.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PaperVenueExpiryTests(ClusterFixture cluster)
{
    private static readonly Domain.Instruments.Instrument Aapl = ClusterFixture.Aapl;
    private readonly ManualClock _clock = new(UnixNanos.FromDateTime(ClusterFixture.Start));

    [Fact]
    public async Task Only_working_orders_whose_time_has_come_expire()
    {
        await using var venue = Venue();
        venue.OnQuote(new QuoteTick(Aapl.Id, new Price(100m), new Price(100.02m), new Quantity(1_000_000m), new Quantity(1_000_000m), _clock.UtcNow, _clock.UtcNow));
        await venue.SendAsync(Order("gtc", TimeInForce.Gtc, limit: 99m));
        await venue.SendAsync(Order("in-2-min", TimeInForce.Gtd, limit: 99m, expiresIn: TimeSpan.FromMinutes(2)));
        await venue.SendAsync(Order("in-1-min", TimeInForce.Gtd, limit: 99m, expiresIn: TimeSpan.FromMinutes(1)));
        await venue.SendAsync(Order("filled", TimeInForce.Gtd, limit: 100.05m, expiresIn: TimeSpan.FromMinutes(1))); // fills at once
        var canceled = await venue.SendAsync(Order("canceled", TimeInForce.Gtd, limit: 99m, expiresIn: TimeSpan.FromMinutes(1)));
        await venue.CancelAsync(new VenueCancelRequest("EXP|canceled", Aapl.Id, new ClientOrderId("OTcanceled-c"), new ClientOrderId("OTcanceled"),
            canceled.Reports[0].VenueOrderId, OrderSide.Buy, new Quantity(10)));

        _clock.Advance(TimeSpan.FromSeconds(90));
        venue.ExpireDue();

        Assert.Equal(ExecType.Expired, await LastAsync(venue, "in-1-min"));
        Assert.Equal(ExecType.New, await LastAsync(venue, "in-2-min"));
        Assert.Equal(ExecType.Trade, await LastAsync(venue, "filled"));
        Assert.Equal(ExecType.Canceled, await LastAsync(venue, "canceled"));
        Assert.Equal(2, venue.OpenOrders);

        _clock.Advance(TimeSpan.FromMinutes(1));
        venue.ExpireDue();
        venue.ExpireDue(); // nothing is expired twice

        Assert.Equal(ExecType.Expired, await LastAsync(venue, "in-2-min"));
        Assert.Single((await venue.StatusAsync(Status("in-2-min"))).Reports, r => r.ExecType == ExecType.Expired);
        Assert.Equal(ExecType.New, await LastAsync(venue, "gtc"));
        Assert.Equal(1, venue.OpenOrders);
    }

    [Fact]
    public async Task Working_orders_still_expire_after_done_orders_crowded_the_queue_and_it_was_rebuilt()
    {
        await using var venue = Venue();
        await venue.SendAsync(Order("early", TimeInForce.Gtd, limit: 99m, expiresIn: TimeSpan.FromMinutes(1))); // working through every rebuild
        for (var i = 0; i < 1_500; i++)
        {
            var sent = await venue.SendAsync(Order($"done-{i}", TimeInForce.Gtd, limit: 99m, expiresIn: TimeSpan.FromMinutes(1)));
            await venue.CancelAsync(new VenueCancelRequest($"EXP|done-{i}", Aapl.Id, new ClientOrderId($"OTdone-{i}-c"), new ClientOrderId($"OTdone-{i}"),
                sent.Reports[0].VenueOrderId, OrderSide.Buy, new Quantity(10)));
        }

        await venue.SendAsync(Order("late", TimeInForce.Gtd, limit: 99m, expiresIn: TimeSpan.FromMinutes(1)));
        _clock.Advance(TimeSpan.FromMinutes(2));
        venue.ExpireDue();

        Assert.Equal(ExecType.Expired, await LastAsync(venue, "early"));
        Assert.Equal(ExecType.Expired, await LastAsync(venue, "late"));
        Assert.Equal(ExecType.Canceled, await LastAsync(venue, "done-0"));
        Assert.Equal(0, venue.OpenOrders);
    }

    private PaperVenue Venue() => cluster.PaperVenue(_clock);

    private static async Task<ExecType> LastAsync(PaperVenue venue, string id) => (await venue.StatusAsync(Status(id))).Reports[^1].ExecType;

    private static VenueOrderStatusRequest Status(string id) => new($"EXP|{id}", Aapl.Id, new ClientOrderId($"OT{id}"), null, OrderSide.Buy);

    private VenueOrder Order(string id, TimeInForce tif, decimal limit, TimeSpan? expiresIn = null) =>
        new($"EXP|{id}", new AccountId("EXP"), Aapl.Id, new ClientOrderId($"OT{id}"), OrderSide.Buy, OrderType.Limit, new Quantity(10),
            new Price(limit), null, tif, expiresIn is { } after ? _clock.UtcNow.Add(after) : null, _clock.UtcNow);
}
