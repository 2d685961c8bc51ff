using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.Tests.Cluster;
using OrleansTrading.Testing;

namespace OrleansTrading.Grains.Tests.Orders;

[Collection(ClusterCollection.Name)]
public sealed class OrderSubmissionTests(ClusterFixture cluster)
{
    private static readonly Domain.Instruments.Instrument Aapl = ClusterFixture.Aapl;

    [Fact]
    public async Task Resubmitting_the_same_client_order_id_returns_the_same_order()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "idem");
        var request = scenario.Limit(Aapl, OrderSide.Buy, 100, 150.00m);

        var first = await scenario.SubmitAsync(request);
        var second = await scenario.SubmitAsync(request with { Actor = "someone-retrying" });

        Assert.Equal(SubmitOrderOutcome.Accepted, first.Outcome);
        Assert.Equal(SubmitOrderOutcome.Duplicate, second.Outcome);
        Assert.Equal(first.Order!.VenueClientOrderId, second.Order!.VenueClientOrderId);
        Assert.Equal(first.Order.CreatedAt, second.Order.CreatedAt);
        var orders = await scenario.AccountGrain.ListOrders(new OrderQuery());
        Assert.Single(orders.Orders);
    }

    [Fact]
    public async Task Orders_submitted_together_each_get_their_own_result_in_request_order()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "many");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        var marketable = scenario.Market(Aapl, OrderSide.Buy, 300);
        var offGrid = scenario.Limit(Aapl, OrderSide.Buy, 100, 150.005m);
        var resting = scenario.Limit(Aapl, OrderSide.Buy, 100, 90.00m);

        var results = await scenario.AccountGrain.SubmitMany([marketable, offGrid, resting, marketable]);

        Assert.Equal([SubmitOrderOutcome.Accepted, SubmitOrderOutcome.Refused, SubmitOrderOutcome.Accepted, SubmitOrderOutcome.Duplicate], results.Select(r => r.Outcome));
        Assert.Equal(OrderStatus.Filled, results[0].Order!.Status);
        Assert.Equal(RefusalKind.InvalidArgument, results[1].Refusal!.Kind);
        Assert.Equal((resting.ClientOrderId, OrderStatus.New), (results[2].Order!.ClientOrderId, results[2].Order!.Status));
        Assert.Equal(results[0].Order!.CreatedAt, results[3].Order!.CreatedAt);
        Assert.Equal(300m, (await scenario.PositionAsync(Aapl)).NetQuantity); // filled once, though the order came twice
        Assert.Equal(2, (await scenario.AccountGrain.ListOrders(new OrderQuery())).Orders.Length);
    }

    [Fact]
    public async Task A_different_request_under_a_used_client_order_id_is_refused_and_changes_nothing()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "idem2");
        var request = scenario.Limit(Aapl, OrderSide.Buy, 100, 150.00m);
        await scenario.SubmitAcceptedAsync(request);

        var conflicting = await scenario.SubmitAsync(request with { Quantity = new Quantity(200) });

        Assert.Equal(SubmitOrderOutcome.Refused, conflicting.Outcome);
        Assert.Equal(RefusalKind.AlreadyExists, conflicting.Refusal!.Kind);
        Assert.Equal(new Quantity(100), (await scenario.Order(request).Get())!.Quantity);
    }

    [Fact]
    public async Task An_order_off_the_tick_grid_is_refused_as_invalid_and_leaves_no_order_behind()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "grid");
        var request = scenario.Limit(Aapl, OrderSide.Buy, 100, 150.005m);

        var result = await scenario.SubmitAsync(request);

        Assert.Equal(SubmitOrderOutcome.Refused, result.Outcome);
        Assert.Equal(RefusalKind.InvalidArgument, result.Refusal!.Kind);
        Assert.Contains("limit_price", result.Refusal.Message, StringComparison.Ordinal);
        Assert.Null(await scenario.Order(request).Get());
        Assert.Empty((await scenario.AccountGrain.ListOrders(new OrderQuery())).Orders);
    }

    [Fact]
    public async Task A_marketable_order_fills_at_the_quote_and_the_position_follows()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "fill");
        scenario.Quote(Aapl, 100.00m, 100.02m);

        var order = await scenario.SubmitAcceptedAsync(scenario.Market(Aapl, OrderSide.Buy, 300));

        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(new Price(100.02m), order.AveragePrice);
        var position = await scenario.PositionAsync(Aapl);
        Assert.Equal(300m, position.NetQuantity);
        Assert.Equal(new Price(100.02m), position.AveragePrice);
    }

    [Fact]
    public async Task A_resting_limit_order_fills_when_the_market_comes_to_it()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "rest");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        var request = scenario.Limit(Aapl, OrderSide.Buy, 50, 99.50m);

        var resting = await scenario.SubmitAcceptedAsync(request);
        Assert.Equal(OrderStatus.New, resting.Status);

        scenario.Quote(Aapl, 99.40m, 99.50m);
        await Eventually.TrueAsync(async () => (await scenario.Order(request).Get())!.Status == OrderStatus.Filled, "the resting order fills");
        await Eventually.TrueAsync(async () => (await scenario.PositionAsync(Aapl)).NetQuantity == 50m, "the position shows the fill");
    }

    [Fact]
    public async Task A_canceled_order_releases_its_reserved_quantity()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "cancel", new RiskLimitSettings(MaxPositionPerInstrument: new Quantity(100)));
        scenario.Quote(Aapl, 100.00m, 100.02m);
        var first = scenario.Limit(Aapl, OrderSide.Buy, 100, 90.00m);
        await scenario.SubmitAcceptedAsync(first);

        var blocked = await scenario.SubmitAsync(scenario.Limit(Aapl, OrderSide.Buy, 1, 90.00m));
        Assert.Equal("RISK_MAX_POSITION", blocked.Refusal?.Code);

        var canceled = await scenario.Order(first).Cancel("test");
        Assert.True(canceled.Succeeded, canceled.Refusal?.Message);
        Assert.Equal(OrderStatus.Canceled, canceled.Order!.Status);
        await scenario.SubmitAcceptedAsync(scenario.Limit(Aapl, OrderSide.Buy, 100, 90.00m));
    }

    [Fact]
    public async Task Replace_changes_the_working_order_and_keeps_one_order_identity()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "replace");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        var request = scenario.Limit(Aapl, OrderSide.Sell, 100, 101.00m);
        var original = await scenario.SubmitAcceptedAsync(request);

        var replaced = await scenario.Order(request).Replace(new ReplaceOrderRequest(new Quantity(60), new Price(100.50m), null, "test"));

        Assert.True(replaced.Succeeded, replaced.Refusal?.Message);
        Assert.Equal(new Quantity(60), replaced.Order!.Quantity);
        Assert.Equal(new Price(100.50m), replaced.Order.LimitPrice);
        Assert.NotEqual(original.VenueClientOrderId, replaced.Order.VenueClientOrderId);
        Assert.Equal(original.ClientOrderId, replaced.Order.ClientOrderId);
    }

    [Fact]
    public async Task Order_events_are_journaled_gaplessly_in_sequence()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "journal");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        await scenario.SubmitAcceptedAsync(scenario.Market(Aapl, OrderSide.Buy, 10));
        await scenario.SubmitAcceptedAsync(scenario.Limit(Aapl, OrderSide.Buy, 10, 90m));

        var events = await scenario.AccountGrain.ReadOrderEvents(0, 100);

        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Sequence));
        Assert.Contains(events, e => e.Kind == OrderEventKind.Filled && e.LastQuantity == new Quantity(10));
        Assert.Equal(events.Skip(2).Take(3).Select(e => e.Sequence), (await scenario.AccountGrain.ReadOrderEvents(2, 3)).Select(e => e.Sequence));
    }

    [Fact]
    public async Task A_finished_order_leaves_memory_at_once_and_is_served_from_storage_afterwards()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "release");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        var resting = scenario.Limit(Aapl, OrderSide.Buy, 5, 90m);
        var marketable = scenario.Market(Aapl, OrderSide.Buy, 10);
        await scenario.SubmitToOrderGrainAsync(resting);
        await scenario.SubmitToOrderGrainAsync(marketable);
        var management = cluster.Grains.GetGrain<IManagementGrain>(0);

        await Eventually.TrueAsync(async () => await management.GetGrainActivationCount((GrainReference)scenario.Order(marketable)) == 0, "the filled order is deactivated");
        Assert.Equal(1, await management.GetGrainActivationCount((GrainReference)scenario.Order(resting)));
        var reloaded = await scenario.Order(marketable).Get();
        Assert.Equal(OrderStatus.Filled, reloaded!.Status);
        Assert.Equal(10m, Assert.Single(reloaded.Fills).Quantity.Value);
        Assert.Equal(SubmitOrderOutcome.Duplicate, (await scenario.SubmitAsync(marketable)).Outcome);
    }

    [Fact]
    public async Task Orders_are_listed_by_instrument_strategy_and_status_from_the_index()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "index");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        scenario.Quote(ClusterFixture.Msft, 400.00m, 400.05m);
        await scenario.SubmitAcceptedAsync(scenario.Market(Aapl, OrderSide.Buy, 10));
        await scenario.SubmitAcceptedAsync(scenario.Limit(Aapl, OrderSide.Buy, 10, 90m, scenario.OtherStrategy));
        await scenario.SubmitAcceptedAsync(scenario.Limit(ClusterFixture.Msft, OrderSide.Sell, 5, 450m));

        var aapl = await scenario.AccountGrain.ListOrders(new OrderQuery(Instrument: Aapl.Id));
        var other = await scenario.AccountGrain.ListOrders(new OrderQuery(Strategy: scenario.OtherStrategy));
        var open = await scenario.AccountGrain.ListOrders(new OrderQuery(OpenOnly: true));
        var filled = await scenario.AccountGrain.ListOrders(new OrderQuery(Statuses: [OrderStatus.Filled]));
        var firstPage = await scenario.AccountGrain.ListOrders(new OrderQuery(PageSize: 2));
        var secondPage = await scenario.AccountGrain.ListOrders(new OrderQuery(PageSize: 2, PageToken: firstPage.NextPageToken));

        Assert.Equal(2, aapl.Orders.Length);
        Assert.Single(other.Orders);
        Assert.Equal(2, open.Orders.Length);
        Assert.Single(filled.Orders);
        Assert.Equal(2, firstPage.Orders.Length);
        Assert.Single(secondPage.Orders);
        Assert.Null(secondPage.NextPageToken);
    }
}
