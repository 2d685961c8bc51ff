using Orleans.Storage;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.Orders;
using OrleansTrading.Grains.Tests.Cluster;
using OrleansTrading.Grains.Venues.Paper;
using OrleansTrading.Testing;

namespace OrleansTrading.Grains.Tests.Orders;

/// <summary>
/// An order grain whose activation died mid-conversation with the venue (the venue acted, the answer never landed)
/// recovers from the venue: a re-sent order is not taken twice, and fills it missed come back from a status request.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class VenueRecoveryTests(ClusterFixture cluster)
{
    private static readonly Domain.Instruments.Instrument Msft = ClusterFixture.Msft;

    [Fact]
    public async Task An_order_the_venue_already_took_is_not_taken_twice_when_it_is_sent_again()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "resend");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 10, 400.05m);
        var venue = cluster.SiloService<PaperVenue>();

        // a previous activation handed the order to the venue, which filled it; the answer was lost with the silo
        var first = await venue.SendAsync(new VenueOrder(GrainKeys.Order(request.Account, request.ClientOrderId), request.Account, request.Instrument,
            VenueClientOrderIds.For(request.Account, request.ClientOrderId), request.Side, request.Type, request.Quantity, request.LimitPrice, null,
            request.TimeInForce, null, ClusterFixture.Clock.UtcNow));
        Assert.Contains(first.Reports, r => r.ExecType == ExecType.Trade);

        var view = await scenario.SubmitAcceptedAsync(request);

        Assert.Equal(OrderStatus.Filled, view.Status);
        Assert.Equal(10m, Assert.Single(view.Fills).Quantity.Value);
        Assert.Equal(first.Reports.Single(r => r.ExecType == ExecType.Trade).ExecId, view.Fills[0].ExecId);
        Assert.Equal(10m, (await scenario.PositionAsync(Msft)).NetQuantity);
    }

    [Fact]
    public async Task A_fill_for_an_order_out_of_memory_is_applied_once_to_the_order_rebuilt_from_its_journal()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "lostfill");
        var request = scenario.Limit(Msft, OrderSide.Sell, 7, 900.00m);
        var accepted = await scenario.SubmitAcceptedAsync(request);
        var storage = cluster.GrainStorage;
        var stored = new GrainState<OrderState>();
        await storage.ReadStateAsync("order", scenario.Order(request).GetGrainId(), stored);
        Assert.False(stored.RecordExists, "the order's journal entry is its record: the grain stores nothing of its own");
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        scenario.Quote(Msft, 900.00m, 900.02m);
        await Eventually.TrueAsync(async () => (await scenario.PositionAsync(Msft)).NetQuantity == -7m, "the venue's fill reaches the position");
        var filled = await scenario.Order(request).Get();
        var fill = Assert.Single(filled!.Fills);

        // the venue reports the same execution again to the order, out of memory again
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await scenario.Order(request).ApplyExecution(new VenueId("PAPER"), new ExecutionReport(ExecType.Trade, OrderStatus.Filled, fill.ExecId,
            filled.VenueClientOrderId, filled.VenueOrderId, fill.Quantity, fill.Price, new Quantity(7m), Quantity.Zero, fill.Price, fill.TsEvent));

        var after = await scenario.Order(request).Get();
        Assert.Equal(OrderStatus.Filled, after!.Status);
        Assert.Equal(accepted.Version + 1, after.Version);
        Assert.Equal(7m, Assert.Single(after.Fills).Quantity.Value);
        Assert.Equal(-7m, (await scenario.PositionAsync(Msft)).NetQuantity);
        Assert.Equal(1, (await scenario.PositionAsync(Msft)).FillCount);
    }

    [Fact]
    public async Task The_paper_venue_does_not_know_an_order_it_never_received()
    {
        var venue = cluster.SiloService<PaperVenue>();

        var status = await venue.StatusAsync(new VenueOrderStatusRequest("nobody|nothing", Msft.Id, new("OTnothing"), null, OrderSide.Buy));

        Assert.True(status.OrderUnknown);
        Assert.Empty(status.Reports);
    }

    [Fact]
    public async Task A_venue_that_cannot_be_reached_is_asked_again_until_it_answers_and_the_order_is_sent_once()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "unreachable");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var flaky = cluster.SiloService<FlakyVenue>();
        var request = scenario.Limit(Msft, OrderSide.Buy, 10, 400.05m) with { Venue = new VenueId(FlakyVenue.Id) };
        var statusBefore = flaky.StatusRequests;
        flaky.FailNextStatusRequests(2); // the send fails, then the first two status requests: each failure is retried
        flaky.FailNextSends(1);

        var submitted = await scenario.SubmitAsync(request);
        var view = await WaitUntilDoneAsync(scenario.Order(request));

        Assert.Equal(SubmitOrderOutcome.Accepted, submitted.Outcome);
        Assert.Equal(OrderStatus.PendingNew, submitted.Order!.Status);
        Assert.Equal(OrderStatus.Filled, view.Status);
        Assert.Equal(10m, Assert.Single(view.Fills).Quantity.Value);
        Assert.True(flaky.StatusRequests - statusBefore >= 3, $"{flaky.StatusRequests - statusBefore} status requests");
        Assert.Equal(10m, (await scenario.PositionAsync(Msft)).NetQuantity);
    }

    [Fact]
    public async Task An_order_cancelled_before_the_venue_acknowledged_it_is_rejected_and_never_sent_afterwards()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "cancel-unacked");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var flaky = cluster.SiloService<FlakyVenue>();
        var request = scenario.Limit(Msft, OrderSide.Buy, 10, 400.05m) with { Venue = new VenueId(FlakyVenue.Id) };
        flaky.FailNextStatusRequests(int.MaxValue); // recovery cannot reach the venue until the cancel is in
        flaky.FailNextSends(1);
        await scenario.SubmitAsync(request);

        var cancel = await scenario.Order(request).Cancel("trader");
        flaky.FailNextStatusRequests(0);
        var view = await WaitUntilDoneAsync(scenario.Order(request));
        var atVenue = await cluster.SiloService<PaperVenue>().StatusAsync(new VenueOrderStatusRequest(
            GrainKeys.Order(request.Account, request.ClientOrderId), request.Instrument, VenueClientOrderIds.For(request.Account, request.ClientOrderId), null, request.Side));

        Assert.Null(cancel.Refusal);
        Assert.Equal(OrderStatus.Rejected, view.Status);
        Assert.Contains("cancel was requested", view.Text, StringComparison.Ordinal);
        Assert.True(atVenue.OrderUnknown, "the venue must never have received the order");
        Assert.Equal(0m, (await scenario.PositionAsync(Msft)).NetQuantity);
    }

    [Fact]
    public async Task An_order_that_never_reached_the_venue_is_rejected_even_when_its_cancel_was_lost_too()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "cancel-unacked-lost");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var flaky = cluster.SiloService<FlakyVenue>();
        var request = scenario.Limit(Msft, OrderSide.Buy, 10, 400.05m) with { Venue = new VenueId(FlakyVenue.Id) };
        flaky.FailNextStatusRequests(int.MaxValue); // recovery cannot reach the venue until the cancel is in
        flaky.FailNextSends(1);
        flaky.FailNextCancels(1);
        await scenario.SubmitAsync(request);

        var cancel = await scenario.Order(request).Cancel("trader");
        Assert.Equal(OrderStatus.PendingCancel, cancel.Order!.Status); // neither the order nor its cancel is known to have arrived
        flaky.FailNextStatusRequests(0);
        var view = await WaitUntilDoneAsync(scenario.Order(request));

        Assert.Equal(OrderStatus.Rejected, view.Status);
        Assert.Equal(0, (await scenario.AccountGrain.GetRiskSnapshot()).OpenOrders);
        Assert.Equal(0m, (await scenario.PositionAsync(Msft)).NetQuantity);
    }

    [Fact]
    public async Task An_order_the_venue_gateway_refuses_to_take_is_rejected_and_releases_its_reservation()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "gateway-refuses");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 10, 400.05m) with { Venue = new VenueId("NOT-CONFIGURED") };

        var result = await scenario.SubmitAsync(request);
        var risk = await scenario.AccountGrain.GetRiskSnapshot();

        Assert.Equal(OrderStatus.Rejected, result.Order!.Status);
        Assert.Contains("is not configured", result.Order.Text ?? "", StringComparison.Ordinal);
        Assert.Equal(0, risk.OpenOrders);
    }

    [Fact]
    public async Task A_cancel_the_gateway_refuses_to_send_leaves_the_order_working_and_tells_the_caller_why()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "cancel-refused");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 10, 399.00m) with { Venue = new VenueId(FlakyVenue.Id) };
        var resting = await scenario.SubmitAcceptedAsync(request);
        Assert.Equal(OrderStatus.New, resting.Status);
        var flaky = cluster.SiloService<FlakyVenue>();

        flaky.RefuseNextCancels(1);
        var refused = await scenario.Order(request).Cancel("trader-1");

        Assert.Equal("VENUE_UNREACHABLE", refused.Refusal?.Code);
        Assert.Equal(OrderStatus.New, refused.Order!.Status);
        Assert.Contains("Injected refusal", refused.Order.Text ?? "", StringComparison.Ordinal);

        var cancelled = await scenario.Order(request).Cancel("trader-1");
        Assert.Null(cancelled.Refusal);
        Assert.Equal(OrderStatus.Canceled, cancelled.Order!.Status);
    }

    [Fact]
    public async Task A_cancel_lost_on_its_way_to_the_venue_is_settled_from_the_venue_and_can_be_sent_again()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "cancel-lost");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Sell, 5, 401.00m) with { Venue = new VenueId(FlakyVenue.Id) };
        Assert.Equal(OrderStatus.New, (await scenario.SubmitAcceptedAsync(request)).Status);
        var order = scenario.Order(request);
        cluster.SiloService<FlakyVenue>().FailNextCancels(1);

        var lost = await order.Cancel("trader-1");
        Assert.Equal(OrderStatus.PendingCancel, lost.Order!.Status); // unknown yet whether the venue got it

        // the venue still shows the order working: the cancel never arrived, and the order is no longer stuck pending
        await Eventually.TrueAsync(async () => (await order.Get())!.Status == OrderStatus.New, "the order's status is settled from the venue");
        Assert.Contains("did not receive it", (await order.Get())!.Text ?? "", StringComparison.Ordinal);

        var again = await order.Cancel("trader-1");
        Assert.Null(again.Refusal);
        Assert.Equal(OrderStatus.Canceled, again.Order!.Status);
        Assert.Equal(0, (await scenario.AccountGrain.GetRiskSnapshot()).OpenOrders);
    }

    [Fact]
    public async Task A_cancel_the_venue_took_but_never_answered_is_checked_and_settled()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "cancel-unanswered");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 5, 399.00m) with { Venue = new VenueId(FlakyVenue.Id) };
        await scenario.SubmitAcceptedAsync(request);
        var order = scenario.Order(request);
        cluster.SiloService<FlakyVenue>().SwallowNextCancels(1);

        var swallowed = await order.Cancel("trader-1");
        Assert.Equal(OrderStatus.PendingCancel, swallowed.Order!.Status);

        await Eventually.TrueAsync(async () => (await order.Get())!.Status == OrderStatus.New, "the unanswered cancel is settled from the venue's status");
        var again = await order.Cancel("trader-1");
        Assert.Equal(OrderStatus.Canceled, again.Order!.Status);
    }

    private static async Task<OrderView> WaitUntilDoneAsync(IOrderGrain order)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var view = await order.Get();
            if (view is { IsOpen: false } || DateTime.UtcNow > deadline)
            {
                return view ?? throw new InvalidOperationException("The order does not exist.");
            }

            await Task.Delay(25);
        }
    }
}
