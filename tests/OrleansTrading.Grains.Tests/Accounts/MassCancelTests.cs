using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Grains.Tests.Cluster;
using OrleansTrading.Testing;

namespace OrleansTrading.Grains.Tests.Accounts;

/// <summary>
/// The kill switch's second half: an account pulls its working orders (all of them, or one strategy's, instrument's
/// or side's), reports what happened to each, and leaves filled orders and the others alone.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class MassCancelTests(ClusterFixture cluster)
{
    private static readonly Domain.Instruments.Instrument Msft = ClusterFixture.Msft;
    private static readonly Domain.Instruments.Instrument Aapl = ClusterFixture.Aapl;

    [Fact]
    public async Task A_filtered_mass_cancel_cancels_only_the_matching_working_orders()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "masscancel-filter");
        scenario.Quote(Msft, 400.00m, 400.02m);
        scenario.Quote(Aapl, 200.00m, 200.02m);
        var msftBuy = await scenario.SubmitAcceptedAsync(scenario.Limit(Msft, OrderSide.Buy, 5, 390.00m));
        var msftSell = scenario.Limit(Msft, OrderSide.Sell, 5, 410.00m);
        await scenario.SubmitAcceptedAsync(msftSell);
        var aaplOther = await scenario.SubmitAcceptedAsync(scenario.Limit(Aapl, OrderSide.Buy, 5, 190.00m, scenario.OtherStrategy));

        var result = await scenario.AccountGrain.CancelOpenOrders(new OpenOrderFilter(Instrument: Msft.Id, Side: OrderSide.Buy), "risk-1");

        var outcome = Assert.Single(result.Orders);
        Assert.Equal(msftBuy.ClientOrderId, outcome.ClientOrderId);
        Assert.Equal(OrderStatus.Canceled, outcome.Order!.Status);
        Assert.Null(outcome.Refusal);
        Assert.Equal(OrderStatus.New, (await scenario.Order(msftSell).Get())!.Status);
        var journaled = await scenario.AccountGrain.ReadOrderEvents(0, 1000);
        Assert.Contains(journaled, e => e.ClientOrderId == msftBuy.ClientOrderId && e.Kind == OrderEventKind.CancelRequested && e.Text == "requested by risk-1");

        var byStrategy = await scenario.AccountGrain.CancelOpenOrders(new OpenOrderFilter(Strategy: scenario.OtherStrategy), "risk-1");
        Assert.Equal(aaplOther.ClientOrderId, Assert.Single(byStrategy.Orders).ClientOrderId);
        Assert.Equal(1, (await scenario.AccountGrain.GetRiskSnapshot()).OpenOrders);
    }

    [Fact]
    public async Task An_order_whose_earlier_cancel_is_unanswered_is_cancelled_once_that_one_is_settled()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "masscancel-pending");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 5, 390.00m) with { Venue = new VenueId(FlakyVenue.Id) };
        await scenario.SubmitAcceptedAsync(request);
        cluster.SiloService<FlakyVenue>().SwallowNextCancels(1);
        Assert.Equal(OrderStatus.PendingCancel, (await scenario.Order(request).Cancel("trader-1")).Order!.Status);

        var result = await scenario.AccountGrain.CancelOpenOrders(OpenOrderFilter.All, "risk-1");

        var outcome = Assert.Single(result.Orders);
        Assert.Null(outcome.Refusal); // not refused: it follows the cancel in flight
        Assert.Equal(OrderStatus.PendingCancel, outcome.Order!.Status);
        // the first cancel never arrived (settled from the venue's status); the mass cancel's cancel then goes out
        await Eventually.TrueAsync(async () => (await scenario.Order(request).Get())!.Status == OrderStatus.Canceled, "the order is cancelled");
        Assert.Equal(0, (await scenario.AccountGrain.GetRiskSnapshot()).OpenOrders);
    }

    [Fact]
    public async Task A_halted_account_pulls_every_working_order_and_leaves_filled_ones_alone()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "masscancel-halt");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var filled = await scenario.SubmitAcceptedAsync(scenario.Limit(Msft, OrderSide.Buy, 3, 400.05m));
        Assert.Equal(OrderStatus.Filled, filled.Status);
        for (var i = 0; i < 20; i++)
        {
            await scenario.SubmitAcceptedAsync(scenario.Limit(Msft, i % 2 == 0 ? OrderSide.Buy : OrderSide.Sell, 1, i % 2 == 0 ? 380.00m + i : 420.00m + i));
        }

        Assert.True((await scenario.AccountGrain.SetMode(TradingMode.Halted, "desk loss limit", "risk-1")).Succeeded);
        var result = await scenario.AccountGrain.CancelOpenOrders(OpenOrderFilter.All, "risk-1");

        Assert.Equal(20, result.Orders.Length);
        Assert.All(result.Orders, o => Assert.Equal(OrderStatus.Canceled, o.Order!.Status));
        Assert.Equal(0, result.StillWorking);
        Assert.DoesNotContain(result.Orders, o => o.ClientOrderId == filled.ClientOrderId);
        var risk = await scenario.AccountGrain.GetRiskSnapshot();
        Assert.Equal(0, risk.OpenOrders);
        Assert.Equal(3m, (await scenario.PositionAsync(Msft)).NetQuantity);

        var again = await scenario.AccountGrain.CancelOpenOrders(OpenOrderFilter.All, "risk-1");
        Assert.Empty(again.Orders); // nothing left to pull
    }
}
