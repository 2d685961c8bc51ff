using Orleans.Storage;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Risk;
using OrleansTrading.Grains.Accounts;
using OrleansTrading.Grains.Orders;
using OrleansTrading.Grains.Tests.Cluster;
using OrleansTrading.Testing;

namespace OrleansTrading.Grains.Tests.Accounts;

/// <summary>
/// Orders submitted through their account (ADR 0006 step 4): an order for a venue that answers within the send is
/// admitted, sent and journaled by the account, with no order grain unless something happens to it later; retries,
/// concurrent duplicates and failures go to the order grain, which settles them from the journal and the venue.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DirectSubmissionTests(ClusterFixture cluster)
{
    private static readonly Domain.Instruments.Instrument Msft = ClusterFixture.Msft;

    [Fact]
    public async Task An_order_that_fills_within_its_submission_never_activates_an_order_grain()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "direct-fill");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 12, 400.05m) with { TimeInForce = TimeInForce.Ioc };

        var view = await scenario.SubmitAcceptedAsync(request);

        Assert.Equal(OrderStatus.Filled, view.Status);
        Assert.Equal(12m, Assert.Single(view.Fills).Quantity.Value);
        Assert.Equal(12m, (await scenario.PositionAsync(Msft)).NetQuantity);
        Assert.False(await OrderGrainIsActiveAsync(scenario, request), "the account submitted the order itself");
        var journaled = await scenario.AccountGrain.FindOrder(GrainKeys.Order(request.Account, request.ClientOrderId));
        Assert.Equal(view.Version, journaled!.JournaledVersion);
        Assert.Equal(view.Version, journaled.Record!.Changes.Length);
    }

    [Fact]
    public async Task The_same_request_again_returns_the_same_order_and_a_different_one_under_its_id_is_refused()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "direct-retry");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Sell, 5, 399.95m);
        var first = await scenario.SubmitAcceptedAsync(request);

        var again = await scenario.SubmitAsync(request);
        var different = await scenario.SubmitAsync(request with { Quantity = new Domain.Values.Quantity(6) });

        Assert.Equal(SubmitOrderOutcome.Duplicate, again.Outcome);
        Assert.Equal(first.Version, again.Order!.Version);
        Assert.Equal(first.Fills.AsEnumerable(), again.Order.Fills.AsEnumerable());
        Assert.Equal(SubmitOrderOutcome.Refused, different.Outcome);
        Assert.Equal("CLIENT_ORDER_ID_IN_USE", different.Refusal!.Code);
        Assert.Equal(-5m, (await scenario.PositionAsync(Msft)).NetQuantity);
    }

    [Fact]
    public async Task Concurrent_submissions_of_one_id_make_one_order()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "direct-race");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 3, 400.05m);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => scenario.SubmitAsync(request)));

        Assert.Single(results, r => r.Outcome == SubmitOrderOutcome.Accepted);
        Assert.All(results, r => Assert.NotEqual(SubmitOrderOutcome.Refused, r.Outcome));
        Assert.All(results, r => Assert.Equal(OrderStatus.Filled, r.Order!.Status));
        var events = await scenario.AccountGrain.ReadOrderEvents(0, 100);
        Assert.Single(events, e => e.Kind == OrderEventKind.Submitted);
        Assert.Single(events, e => e.FillId is not null);
        Assert.Equal(3m, (await scenario.PositionAsync(Msft)).NetQuantity);
    }

    [Fact]
    public async Task An_order_that_rests_is_rebuilt_by_its_grain_when_the_venue_fills_it_later()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "direct-rest");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 4, 399.50m);

        var resting = await scenario.SubmitAcceptedAsync(request);
        Assert.Equal(OrderStatus.New, resting.Status);
        Assert.False(await OrderGrainIsActiveAsync(scenario, request), "a resting order needs no grain until something happens to it");

        scenario.Quote(Msft, 399.40m, 399.45m);
        await Eventually.TrueAsync(async () => (await scenario.PositionAsync(Msft)).NetQuantity == 4m, "the venue's later fill reaches the position");
        var filled = await scenario.Order(request).Get();

        Assert.Equal(OrderStatus.Filled, filled!.Status);
        Assert.Equal(4m, Assert.Single(filled.Fills).Quantity.Value);
        Assert.Equal(1, (await scenario.PositionAsync(Msft)).FillCount);
    }

    [Fact]
    public async Task A_resting_order_submitted_directly_can_be_cancelled()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "direct-cancel");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Sell, 9, 450.00m);
        await scenario.SubmitAcceptedAsync(request);

        var cancelled = await scenario.Order(request).Cancel("trader");

        Assert.Null(cancelled.Refusal);
        Assert.Equal(OrderStatus.Canceled, (await scenario.Order(request).Get())!.Status);
        Assert.Empty((await scenario.AccountGrain.ListOrders(new OrderQuery(OpenOnly: true))).Orders);
    }

    [Fact]
    public async Task A_risk_refusal_leaves_no_order()
    {
        var limits = RiskLimitSettings.None with { MaxOrderQuantity = new Domain.Values.Quantity(10) };
        var scenario = await TradingScenario.OpenAsync(cluster, "direct-risk", limits);
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 11, 400.05m);

        var result = await scenario.SubmitAsync(request);

        Assert.Equal(SubmitOrderOutcome.Refused, result.Outcome);
        Assert.Equal(RiskReason.MaxOrderQuantityExceeded.Code(), result.Refusal!.Code);
        Assert.Null(await scenario.AccountGrain.FindOrder(GrainKeys.Order(request.Account, request.ClientOrderId)));
        Assert.Empty(await scenario.AccountGrain.ReadOrderEvents(0, 100));
    }

    [Fact]
    public async Task A_request_for_another_account_is_refused_as_invalid()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "direct-wrong-account");
        var other = await TradingScenario.OpenAsync(cluster, "direct-other-account");
        var request = other.Limit(Msft, OrderSide.Buy, 1, 400.05m);

        var result = await scenario.AccountGrain.Submit(request);

        Assert.Equal(SubmitOrderOutcome.Refused, result.Outcome);
        Assert.Equal(RefusalKind.InvalidArgument, result.Refusal!.Kind);
        Assert.Null(await other.AccountGrain.FindOrder(GrainKeys.Order(request.Account, request.ClientOrderId)));
    }

    [Fact]
    public async Task An_invalid_request_is_refused_with_the_field_and_changes_nothing()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "direct-invalid");
        var request = scenario.Limit(Msft, OrderSide.Buy, 1, 400.05m) with { Instrument = new InstrumentId("NOPE.XNAS") };

        var result = await scenario.SubmitAsync(request);

        Assert.Equal(SubmitOrderOutcome.Refused, result.Outcome);
        Assert.Equal("UNKNOWN_INSTRUMENT", result.Refusal!.Code);
        Assert.Contains("instrument_id", result.Refusal.Message, StringComparison.Ordinal);
        Assert.Empty(await scenario.AccountGrain.ReadOrderEvents(0, 100));
    }

    [Fact]
    public async Task Only_venues_that_answer_within_the_send_are_submitted_to_directly()
    {
        Assert.True(await cluster.Grains.GetGrain<IVenueGatewayGrain>(OrderGrain.PaperVenue.Value).AnswersWithinSend());
        Assert.False(await cluster.Grains.GetGrain<IVenueGatewayGrain>("NOT-CONFIGURED").AnswersWithinSend());

        // a venue this silo cannot reach is the order grain's to submit to (and to reject, with the venue's reason)
        var scenario = await TradingScenario.OpenAsync(cluster, "direct-other-venue");
        var request = scenario.Limit(Msft, OrderSide.Buy, 1, 400.05m) with { Venue = new VenueId("NOT-CONFIGURED") };
        var result = await scenario.SubmitAcceptedAsync(request);

        Assert.Equal(OrderStatus.Rejected, result.Status);
        Assert.Contains("not configured", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_the_journal_could_not_take_is_handed_to_the_order_grain_and_journaled_later()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "direct-handover");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 8, 400.05m);
        var journal = cluster.SiloService<FlakyJournal>();
        journal.FailAppendsAfter(scenario.OrderJournal, succeeding: 1, count: 1); // the admission lands, the venue's fill does not

        var result = await scenario.SubmitAsync(request);

        Assert.Equal(SubmitOrderOutcome.Accepted, result.Outcome);
        Assert.Equal(OrderStatus.Filled, result.Order!.Status);
        await Eventually.TrueAsync(async () => (await scenario.PositionAsync(Msft)).NetQuantity == 8m, "the order grain hands the fill to the account, which journals it");
        var events = await scenario.AccountGrain.ReadOrderEvents(0, 100);
        Assert.Single(events, e => e.FillId is not null);
        Assert.Equal(OrderStatus.Filled, (await scenario.Order(request).Get())!.Status);
        Assert.Equal(1, (await scenario.PositionAsync(Msft)).FillCount);
        var storage = cluster.GrainStorage;
        await Eventually.TrueAsync(async () =>
        {
            var stored = new GrainState<OrderState>();
            await storage.ReadStateAsync("order", scenario.Order(request).GetGrainId(), stored);
            return !stored.RecordExists;
        }, "once journaled, the order grain removes what it stored");
    }

    private async Task<bool> OrderGrainIsActiveAsync(TradingScenario scenario, SubmitOrderRequest request)
    {
        var statistics = await cluster.Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics([typeof(OrderGrain).FullName!]);
        var id = scenario.Order(request).GetGrainId();
        return statistics.Any(s => s.GrainId == id);
    }
}
