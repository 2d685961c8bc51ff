using OrleansTrading.Domain.Orders;

namespace OrleansTrading.IntegrationTests.Fix;

/// <summary>
/// The FIX venue connector end to end — a real host, the venue simulator in trading mode, and a proxy between them that
/// the tests use to break the connection — under the faults a live venue connection meets. After each: no order lost,
/// no fill applied twice, positions equal the venue's fills.
/// </summary>
public sealed class FixVenueFaultTests(FixVenueEnvironment environment) : IClassFixture<FixVenueEnvironment>
{
    [Fact]
    public async Task A_connection_dropped_while_fills_stream_in_loses_no_fill_and_applies_none_twice()
    {
        // MSFT fills in five slices 300 ms apart: the drop lands in the middle of them
        var orders = new[]
        {
            await environment.SubmitAsync("MSFT", OrderSide.Buy, 50, 420.50m),
            await environment.SubmitAsync("MSFT", OrderSide.Sell, 25, 419.50m),
        };
        await FixVenueEnvironment.EventuallyAsync(async () => (await environment.ViewAsync(orders[0])).Fills.Length > 0, "the first fill arrives", TimeSpan.FromSeconds(20));

        environment.Proxy.DropConnections();

        await environment.AssertConsistentAsync();
        Assert.True(environment.Proxy.Connections >= 2, "the platform reconnected through the proxy");
    }

    [Fact]
    public async Task A_sequence_gap_is_recovered_by_a_resend_and_every_report_is_applied_once()
    {
        environment.Proxy.HoldVenueMessages();
        var order = await environment.SubmitAsync("AAPL", OrderSide.Buy, 30, 190.05m);
        var second = await environment.SubmitAsync("AAPL", OrderSide.Sell, 10, 189.95m);
        await FixVenueEnvironment.EventuallyAsync(() => Task.FromResult(environment.Proxy.HeldMessages >= 4), "the acks and fills are held back", TimeSpan.FromSeconds(20));

        // the first ack and fill are lost on the way: the next message reveals the gap
        environment.Proxy.ReleaseVenueMessages(discard: 2);

        await environment.AssertConsistentAsync();
        Assert.Equal(30m, (await environment.ViewAsync(order)).FilledQuantity.Value);
        Assert.Equal(10m, (await environment.ViewAsync(second)).FilledQuantity.Value);
        Assert.Contains(environment.Simulator.Messages(outbound: false), m => m["35"] == "2");
        Assert.Contains(environment.Simulator.Messages(outbound: true), m => m["35"] == "8" && m.GetValueOrDefault("43") == "Y");
    }

    [Fact]
    public async Task Reports_the_venue_sends_three_times_are_applied_once()
    {
        // ESZ6 repeats every report twice (PossResend): ack ×3, fill ×3
        var order = await environment.SubmitAsync("ESZ6", OrderSide.Buy, 1, 6000.25m);

        await environment.AssertConsistentAsync();
        var view = await environment.ViewAsync(order);
        var fill = Assert.Single(view.Fills);
        Assert.Equal(3, environment.Simulator.Messages(outbound: true).Count(m => m["35"] == "8" && m.GetValueOrDefault("17") == fill.ExecId.Value));
    }

    [Fact]
    public async Task A_host_killed_with_orders_in_flight_restarts_with_every_fill_applied_once()
    {
        var orders = new[]
        {
            await environment.SubmitAsync("MSFT", OrderSide.Buy, 100, 421m),
            await environment.SubmitAsync("MSFT", OrderSide.Buy, 40, 421m),
            await environment.SubmitAsync("AAPL", OrderSide.Buy, 20, 190.05m),
        };
        await FixVenueEnvironment.EventuallyAsync(async () => (await environment.ViewAsync(orders[0])).Fills.Length > 0, "the first fill arrives", TimeSpan.FromSeconds(20));

        var slowOrders = new[] { (await environment.ViewAsync(orders[0])).VenueClientOrderId.Value, (await environment.ViewAsync(orders[1])).VenueClientOrderId.Value };

        await environment.KillHostAsync();
        var sentBeforeRestart = environment.Simulator.Fills().Count(f => slowOrders.Contains(f.ClOrdId));
        await environment.StartHostAsync();

        await environment.AssertConsistentAsync();
        Assert.True(sentBeforeRestart < 10, $"the MSFT orders were still filling when the host died ({sentBeforeRestart} of 10 fills sent)");
    }
}
