using System.Collections.Immutable;
using Orleans.Storage;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.Orders;
using OrleansTrading.Grains.Tests.Cluster;
using OrleansTrading.Grains.Venues.Paper;
using OrleansTrading.Testing;

namespace OrleansTrading.Grains.Tests.Orders;

/// <summary>
/// An order's durable record is its account's journal (the order grain stores nothing of its own while its account
/// takes its changes); until the venue's first answer that is the admission entry. An order whose activation ended in
/// that window continues from the journal on its next call: it is sent if the venue never got it, picks up what the
/// venue did with it otherwise, and a retried submission returns it rather than admitting it twice.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AdmissionRecoveryTests(ClusterFixture cluster)
{
    private static readonly Domain.Instruments.Instrument Msft = ClusterFixture.Msft;

    [Fact]
    public async Task An_order_admitted_but_never_sent_is_sent_when_it_is_next_asked_for()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "unsent");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 10, 400.05m);
        await AdmitOnlyAsync(scenario, request);

        var view = await scenario.Order(request).Get();

        Assert.NotNull(view);
        Assert.Equal(OrderStatus.Filled, view.Status);
        Assert.Equal(10m, Assert.Single(view.Fills).Quantity.Value);
        await Eventually.TrueAsync(async () => (await scenario.PositionAsync(Msft)).NetQuantity == 10m, "the fill reaches the position");
        Assert.Equal(1, (await scenario.PositionAsync(Msft)).FillCount);
        var journaled = await scenario.AccountGrain.ListOrders(new OrderQuery(PageSize: 10));
        Assert.Equal(OrderStatus.Filled, Assert.Single(journaled.Orders).Status);
    }

    [Fact]
    public async Task A_report_from_the_venue_reaches_an_order_whose_answer_was_lost_before_it_stored_anything()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "lostack");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Sell, 6, 401.00m);
        await AdmitOnlyAsync(scenario, request);

        // the previous activation handed the order to the venue, which rests it; the answer was lost with the silo
        var resting = await cluster.SiloService<PaperVenue>().SendAsync(new VenueOrder(GrainKeys.Order(request.Account, request.ClientOrderId),
            request.Account, request.Instrument, VenueClientOrderIds.For(request.Account, request.ClientOrderId), request.Side, request.Type,
            request.Quantity, request.LimitPrice, null, request.TimeInForce, null, ClusterFixture.Clock.UtcNow));
        Assert.Contains(resting.Reports, r => r.ExecType == ExecType.New);

        scenario.Quote(Msft, 401.00m, 401.02m);

        await Eventually.TrueAsync(async () => (await scenario.Order(request).Get())?.Status == OrderStatus.Filled, "the venue's fill reaches the order");
        var view = (await scenario.Order(request).Get())!;
        Assert.Equal(6m, Assert.Single(view.Fills).Quantity.Value);
        Assert.NotNull(view.VenueOrderId);
        await Eventually.TrueAsync(async () => (await scenario.PositionAsync(Msft)).NetQuantity == -6m, "the fill reaches the position once");
        Assert.Equal(1, (await scenario.PositionAsync(Msft)).FillCount);
    }

    [Fact]
    public async Task A_retried_submission_continues_the_admitted_order_and_a_different_one_under_its_id_is_refused()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "retried");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 3, 399.00m);
        var admitted = await AdmitOnlyAsync(scenario, request);

        var retried = await scenario.SubmitAsync(request with { Actor = "retry" });
        var different = await scenario.SubmitAsync(request with { Quantity = new Quantity(4m) });

        Assert.Equal(SubmitOrderOutcome.Duplicate, retried.Outcome);
        Assert.Equal(OrderStatus.New, retried.Order!.Status);
        Assert.Equal(admitted.CreatedAt, retried.Order.CreatedAt);
        Assert.Equal(SubmitOrderOutcome.Refused, different.Outcome);
        Assert.Equal(RefusalKind.AlreadyExists, different.Refusal!.Kind);
        var risk = await scenario.AccountGrain.GetRiskSnapshot();
        Assert.Equal(1, risk.OpenOrders);
    }

    [Fact]
    public async Task An_order_never_admitted_is_not_found_and_nothing_is_created()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "never");
        var request = scenario.Limit(Msft, OrderSide.Buy, 1, 399.00m);

        Assert.Null(await scenario.Order(request).Get());
        var cancel = await scenario.Order(request).Cancel("test");
        Assert.False(cancel.Succeeded);
        Assert.Equal("ORDER_NOT_FOUND", cancel.Refusal!.Code);
        Assert.Empty((await scenario.AccountGrain.ListOrders(new OrderQuery(PageSize: 10))).Orders);
    }

    [Fact]
    public async Task An_order_that_can_neither_journal_nor_store_a_change_is_reloaded_and_nothing_unstored_reaches_its_account()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "unstored");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 4, 399.00m);
        var accepted = await scenario.SubmitAcceptedAsync(request);
        var storage = cluster.GrainStorage;
        var grainId = scenario.Order(request).GetGrainId();
        Assert.Equal(OrderStatus.New, (await scenario.Order(request).Get())!.Status); // the order grain is in memory

        // the account's journal cannot take the cancel request, and someone else writes the order's row, so the
        // order's own write (its fallback) is refused as well
        cluster.SiloService<FlakyJournal>().FailNextAppends(scenario.OrderJournal, 1);
        var stored = new GrainState<OrderState>();
        await storage.ReadStateAsync("order", grainId, stored);
        await storage.WriteStateAsync("order", grainId, stored);

        await Assert.ThrowsAnyAsync<Exception>(() => scenario.Order(request).Cancel("test"));

        var reloaded = await scenario.Order(request).Get();
        Assert.Equal(OrderStatus.New, reloaded!.Status);
        Assert.Equal(accepted.Version, reloaded.Version);
        var events = await scenario.AccountGrain.ReadOrderEvents(0, 100);
        Assert.DoesNotContain(events, e => e.Kind == OrderEventKind.CancelRequested);
        Assert.True((await scenario.Order(request).Cancel("test")).Succeeded);
    }

    [Fact]
    public async Task An_admitted_order_is_still_sent_when_a_different_request_under_its_id_woke_it_and_was_refused()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "conflict-wakes");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 10, 400.05m);
        await AdmitOnlyAsync(scenario, request);

        var different = await scenario.SubmitAsync(request with { Quantity = new Quantity(4m) });
        var view = await scenario.Order(request).Get();

        Assert.Equal(SubmitOrderOutcome.Refused, different.Outcome);
        Assert.Equal(RefusalKind.AlreadyExists, different.Refusal!.Kind);
        Assert.NotNull(view);
        Assert.Equal(OrderStatus.Filled, view.Status);
        Assert.Equal(10m, (await scenario.PositionAsync(Msft)).NetQuantity);
    }

    [Fact]
    public async Task A_retry_of_an_admitted_order_that_no_longer_validates_returns_the_order_instead_of_a_refusal()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "retry-expired");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var now = ClusterFixture.Clock.UtcNow;
        var request = scenario.Limit(Msft, OrderSide.Buy, 10, 400.05m) with { TimeInForce = TimeInForce.Gtd, ExpireTime = now.Add(TimeSpan.FromSeconds(1)) };
        await AdmitOnlyAsync(scenario, request);
        // the first activation handed the order to the venue, which filled it; the answer was lost with the activation
        var sent = await cluster.SiloService<PaperVenue>().SendAsync(new VenueOrder(GrainKeys.Order(request.Account, request.ClientOrderId),
            request.Account, request.Instrument, VenueClientOrderIds.For(request.Account, request.ClientOrderId), request.Side, request.Type,
            request.Quantity, request.LimitPrice, null, request.TimeInForce, request.ExpireTime, now));
        Assert.Contains(sent.Reports, r => r.ExecType == ExecType.Trade);
        ClusterFixture.Clock.Advance(TimeSpan.FromSeconds(2)); // the expire time has passed: as a new order it would be refused

        var retried = await scenario.SubmitAsync(request with { Actor = "retry" });

        Assert.True(retried.Outcome == SubmitOrderOutcome.Duplicate, $"{retried.Outcome}: {retried.Refusal?.Code} {retried.Refusal?.Message}");
        Assert.Equal(OrderStatus.Filled, retried.Order!.Status);
        Assert.Equal(10m, (await scenario.PositionAsync(Msft)).NetQuantity);
    }

    [Fact]
    public async Task An_order_that_never_reported_back_is_woken_by_its_account_without_anyone_asking_for_it()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "unanswered");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 4, 400.05m);
        await AdmitOnlyAsync(scenario, request);

        // its silo died with it while the account lived on: no client, venue or sweep at activation will call it
        ClusterFixture.Clock.Advance(ClusterFixture.Recovery.UnansweredAfter + TimeSpan.FromSeconds(1));

        await Eventually.TrueAsync(async () => (await scenario.PositionAsync(Msft)).NetQuantity == 4m, "the account wakes the order and its fill reaches the position");
        await Eventually.TrueAsync(
            async () => (await scenario.AccountGrain.ListOrders(new OrderQuery(PageSize: 10))).Orders.Single().Status == OrderStatus.Filled,
            "the account journals the order as filled");
        Assert.Equal(0, (await scenario.AccountGrain.GetRiskSnapshot()).OpenOrders);
    }

    [Fact]
    public async Task A_mass_cancel_never_sends_an_admitted_order_the_venue_never_got()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "killswitch-unsent");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 10, 400.05m); // marketable: sending it would fill it
        await AdmitOnlyAsync(scenario, request);
        Assert.True((await scenario.AccountGrain.SetMode(TradingMode.Halted, "desk stop", "risk-1")).Succeeded);

        var result = await scenario.AccountGrain.CancelOpenOrders(OpenOrderFilter.All, "risk-1");

        var outcome = Assert.Single(result.Orders);
        Assert.Equal(OrderStatus.Rejected, outcome.Order!.Status);
        Assert.Equal(0, result.StillWorking);
        Assert.Equal(0m, (await scenario.PositionAsync(Msft)).NetQuantity);
        Assert.Equal(0, (await scenario.AccountGrain.GetRiskSnapshot()).OpenOrders);
    }

    [Fact]
    public async Task An_admitted_order_is_not_sent_late_into_a_halt()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "halt-unsent");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 7, 400.05m);
        await AdmitOnlyAsync(scenario, request);
        Assert.True((await scenario.AccountGrain.SetMode(TradingMode.Halted, "desk stop", "risk-1")).Succeeded);

        var view = await scenario.Order(request).Get(); // woken after the halt, as the account's sweep would

        Assert.Equal(OrderStatus.Rejected, view!.Status);
        Assert.Contains("halted", view.Text ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0m, (await scenario.PositionAsync(Msft)).NetQuantity);
    }

    /// <summary>What an order grain's first activation does before it dies: the account admits and journals the order, nothing more.</summary>
    private static async Task<OrderView> AdmitOnlyAsync(TradingScenario scenario, SubmitOrderRequest request)
    {
        var now = ClusterFixture.Clock.UtcNow;
        var submitted = new OrderView(request.Account, request.Strategy, request.Instrument, request.ClientOrderId,
            VenueClientOrderIds.For(request.Account, request.ClientOrderId), null, OrderGrain.PaperVenue, request.Side, request.Type,
            request.TimeInForce, request.Quantity, request.LimitPrice, request.StopPrice, request.ExpireTime, OrderStatus.PendingNew,
            Quantity.Zero, request.Quantity, null, null, now, now, 1, ImmutableArray<OrderFillView>.Empty);
        var admission = await scenario.AccountGrain.Admit(new OrderAdmission(request, null, now, submitted));
        Assert.True(admission.Admitted, admission.Refusal?.Message);
        return submitted;
    }
}
