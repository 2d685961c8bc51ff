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
/// How long the paper venue remembers done orders: a re-send must always find the order it repeats (or the venue
/// would fill it a second time), however many orders completed in between, for longer than order grains re-send.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PaperVenueRetentionTests(ClusterFixture cluster)
{
    private static readonly Domain.Instruments.Instrument Aapl = ClusterFixture.Aapl;

    [Fact]
    public async Task A_done_order_is_remembered_for_the_minimum_retention_however_many_orders_complete_after_it()
    {
        var clock = new ManualClock(UnixNanos.FromDateTime(ClusterFixture.Start));
        await using var venue = cluster.PaperVenue(clock, new PaperVenueOptions { RetainedDoneOrders = 1, MinimumRetention = TimeSpan.FromMinutes(10) });
        venue.OnQuote(new QuoteTick(Aapl.Id, new Price(100m), new Price(100.02m), new Quantity(1_000_000m), new Quantity(1_000_000m), clock.UtcNow, clock.UtcNow));
        var first = await venue.SendAsync(Order("first"));
        for (var i = 0; i < 5; i++)
        {
            await venue.SendAsync(Order($"later-{i}"));
        }

        clock.Advance(TimeSpan.FromMinutes(9));
        var resent = await venue.SendAsync(Order("first"));

        Assert.Equal(first.Reports.Select(r => r.ExecId), resent.Reports.Select(r => r.ExecId));
        Assert.Single(resent.Reports, r => r.ExecType == ExecType.Trade);

        clock.Advance(TimeSpan.FromMinutes(2));
        await venue.SendAsync(Order("much-later")); // completing an order is what prunes the old ones

        Assert.True((await venue.StatusAsync(new VenueOrderStatusRequest("RET|first", Aapl.Id, new ClientOrderId("OTfirst"), null, OrderSide.Buy))).OrderUnknown);
    }

    [Fact]
    public async Task A_done_orders_history_ends_with_the_report_that_finished_it()
    {
        var clock = new ManualClock(UnixNanos.FromDateTime(ClusterFixture.Start));
        await using var venue = cluster.PaperVenue(clock);
        venue.OnQuote(new QuoteTick(Aapl.Id, new Price(100m), new Price(100.02m), new Quantity(4), new Quantity(4), clock.UtcNow, clock.UtcNow));

        var partial = await venue.SendAsync(Order("partial")); // 4 of 10 fill, the rest of the IOC is canceled
        var resting = await venue.SendAsync(Order("resting") with { TimeInForce = TimeInForce.Gtc, LimitPrice = new Price(99m) });
        var canceled = await venue.CancelAsync(new VenueCancelRequest("RET|resting", Aapl.Id, new ClientOrderId("OTresting-c"),
            new ClientOrderId("OTresting"), resting.Reports[0].VenueOrderId, OrderSide.Buy, new Quantity(10)));
        await venue.SendAsync(Order("expiring") with { TimeInForce = TimeInForce.Gtd, LimitPrice = new Price(99m), ExpireTime = clock.UtcNow.Add(TimeSpan.FromMinutes(1)) });
        clock.Advance(TimeSpan.FromMinutes(2));
        venue.ExpireDue();

        Assert.Equal([ExecType.New, ExecType.Trade, ExecType.Canceled], (await venue.SendAsync(Order("partial"))).Reports.Select(r => r.ExecType));
        Assert.Equal(partial.Reports.ToArray(), (await venue.StatusAsync(Status("partial"))).Reports.ToArray()); // ImmutableArray equality is by reference
        Assert.Equal([ExecType.New, ExecType.Canceled], (await venue.StatusAsync(Status("resting"))).Reports.Select(r => r.ExecType));
        Assert.Equal(canceled.Reports[0], (await venue.StatusAsync(Status("resting"))).Reports[^1]);
        Assert.Equal([ExecType.New, ExecType.Expired], (await venue.StatusAsync(Status("expiring"))).Reports.Select(r => r.ExecType));
    }

    private static VenueOrderStatusRequest Status(string id) => new($"RET|{id}", Aapl.Id, new ClientOrderId($"OT{id}"), null, OrderSide.Buy);

    private VenueOrder Order(string id) => new($"RET|{id}", new AccountId("RET"), Aapl.Id, new ClientOrderId($"OT{id}"), OrderSide.Buy, OrderType.Limit,
        new Quantity(10), new Price(100.05m), null, TimeInForce.Ioc, null, UnixNanos.FromDateTime(ClusterFixture.Start));
}
