using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Grains.Tests.Cluster;

namespace OrleansTrading.Grains.Tests.Accounts;

/// <summary>
/// The account journals each order version once; a re-send of a journaled version is a retry only if it is the same
/// change. A different change under a journaled version comes from a stale copy of the order, and is refused without
/// journaling anything, so that the copy reloads instead of carrying on from a history the journal does not have.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class StaleOrderCopyTests(ClusterFixture cluster)
{
    private static readonly Domain.Instruments.Instrument Msft = ClusterFixture.Msft;

    [Fact]
    public async Task A_journaled_version_sent_again_unchanged_is_a_retry()
    {
        var (scenario, record) = await RestingOrderAsync("stale-retry");
        var eventsBefore = (await scenario.AccountGrain.ReadOrderEvents(0, 100)).Count;

        await scenario.AccountGrain.RecordProgress(new OrderProgress(View(record), [record.Changes[^1]], record));
        await scenario.AccountGrain.RecordProgress(new OrderProgress(View(record), [.. record.Changes], record));

        Assert.Equal(eventsBefore, (await scenario.AccountGrain.ReadOrderEvents(0, 100)).Count);
    }

    [Fact]
    public async Task A_journaled_version_sent_again_with_other_content_is_refused_and_journals_nothing()
    {
        var (scenario, record) = await RestingOrderAsync("stale-last");
        var eventsBefore = (await scenario.AccountGrain.ReadOrderEvents(0, 100)).Count;
        var forged = record.Changes[^1] with { Text = "from a stale copy" };
        var next = forged with { Version = forged.Version + 1, Kind = OrderEventKind.Canceled, Status = OrderStatus.Canceled };

        var refused = await Assert.ThrowsAsync<OrderVersionConflictException>(() =>
            scenario.AccountGrain.RecordProgress(new OrderProgress(View(record), [forged, next], record)));

        Assert.Equal(record.Changes.Length, refused.Version);
        Assert.Equal(eventsBefore, (await scenario.AccountGrain.ReadOrderEvents(0, 100)).Count);
        Assert.Equal(OrderStatus.New, (await scenario.Order(record.Request).Get())!.Status);
    }

    [Fact]
    public async Task An_earlier_version_sent_again_with_other_content_is_refused_against_the_journal()
    {
        var (scenario, record) = await RestingOrderAsync("stale-earlier");
        var forged = record.Changes[0] with { Text = "from a stale copy" };

        await Assert.ThrowsAsync<OrderVersionConflictException>(() =>
            scenario.AccountGrain.RecordProgress(new OrderProgress(View(record), [forged, .. record.Changes[1..]], record)));
    }

    /// <summary>An order resting at the venue (submitted, acknowledged), as its account journaled it.</summary>
    private async Task<(TradingScenario Scenario, OrderRecord Record)> RestingOrderAsync(string name)
    {
        var scenario = await TradingScenario.OpenAsync(cluster, name);
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 3, 390.00m);
        var view = (await scenario.SubmitToOrderGrainAsync(request)).Order!;
        Assert.Equal(OrderStatus.New, view.Status);
        var journaled = await scenario.AccountGrain.FindOrder(GrainKeys.Order(request.Account, request.ClientOrderId));
        return (scenario, journaled!.Record!);
    }

    private static OrderView View(OrderRecord record) => Grains.Orders.OrderViews.Build(
        record.Request, Order.Restore(record.Order), [.. record.Changes], record.Changes[^1].TsEvent);
}
