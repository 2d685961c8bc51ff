using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.Orders;
using OrleansTrading.Grains.Tests.Cluster;

namespace OrleansTrading.Grains.Tests.Positions;

[Collection(ClusterCollection.Name)]
public sealed class ExactlyOnceTests(ClusterFixture cluster)
{
    private static readonly Domain.Instruments.Instrument Aapl = ClusterFixture.Aapl;

    [Fact]
    public async Task A_redelivered_execution_does_not_change_the_position()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "redeliver");
        var request = scenario.Limit(Aapl, OrderSide.Buy, 100, 99.00m);
        var order = await scenario.SubmitAcceptedAsync(request);
        var fill = new ExecutionReport(ExecType.Trade, OrderStatus.PartiallyFilled, new ExecId("VENUE-EXEC-1"), order.VenueClientOrderId,
            order.VenueOrderId, new Quantity(40), new Price(99.00m), new Quantity(40), new Quantity(60), new Price(99.00m), ClusterFixture.Clock.UtcNow);

        await scenario.Order(request).ApplyExecution(OrderGrain.PaperVenue, fill);
        await scenario.Order(request).ApplyExecution(OrderGrain.PaperVenue, fill with { PossDup = true });
        await scenario.Order(request).ApplyExecution(OrderGrain.PaperVenue, fill);

        var position = await scenario.PositionAsync(Aapl);
        var view = await scenario.Order(request).Get();
        Assert.Equal(40m, position.NetQuantity);
        Assert.Equal(1, position.FillCount);
        Assert.Equal(new Quantity(40), view!.FilledQuantity);
        Assert.Single(view.Fills);
    }

    [Fact]
    public async Task The_same_fill_sent_to_a_position_twice_is_applied_once()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "posdup");
        var position = cluster.Grains.GetGrain<IPositionGrain>(GrainKeys.Position(scenario.Account, Aapl.Id));
        var fill = new PositionFill(new FillId("fill-1"), scenario.Account, scenario.Strategy, Aapl.Id, new ClientOrderId("x"), OrderSide.Sell,
            new Quantity(7), new Price(101m), Money.Zero(Currency.Usd), ClusterFixture.Clock.UtcNow, ClusterFixture.Clock.UtcNow);

        Assert.Equal(FillOutcome.Applied, await position.ApplyFill(fill));
        Assert.Equal(FillOutcome.Duplicate, await position.ApplyFill(fill));
        Assert.Equal(-7m, (await position.Get()).NetQuantity);
    }

    [Fact]
    public async Task A_fill_the_position_saw_before_it_was_reactivated_is_still_recognised()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "posreact");
        var key = GrainKeys.Position(scenario.Account, Aapl.Id);
        var fill = new PositionFill(new FillId("fill-r"), scenario.Account, scenario.Strategy, Aapl.Id, new ClientOrderId("x"), OrderSide.Buy,
            new Quantity(3), new Price(100m), Money.Zero(Currency.Usd), ClusterFixture.Clock.UtcNow, ClusterFixture.Clock.UtcNow);
        await cluster.Grains.GetGrain<IPositionGrain>(key).ApplyFill(fill);

        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.Equal(FillOutcome.Duplicate, await cluster.Grains.GetGrain<IPositionGrain>(key).ApplyFill(fill));
        Assert.Equal(3m, (await cluster.Grains.GetGrain<IPositionGrain>(key).Get()).NetQuantity);
    }

    [Fact]
    public async Task Position_equals_the_sum_of_the_orders_recorded_fills()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "sum");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        var orders = new List<SubmitOrderRequest>();
        for (var i = 0; i < 8; i++)
        {
            var request = i % 3 == 0 ? scenario.Market(Aapl, OrderSide.Sell, 10 + i) : scenario.Market(Aapl, OrderSide.Buy, 20 + i);
            orders.Add(request);
            await scenario.SubmitAcceptedAsync(request);
        }

        var views = await Task.WhenAll(orders.Select(o => scenario.Order(o).Get()));
        var expected = views.Sum(v => v!.Fills.Sum(f => f.Quantity.Value) * v.Side.Sign());
        Assert.Equal(expected, (await scenario.PositionAsync(Aapl)).NetQuantity);
    }
}
