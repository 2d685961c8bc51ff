using OrleansTrading.Domain.Orders;

namespace OrleansTrading.IntegrationTests.Fix;

/// <summary>
/// The FIX venue connector end to end — a real host, the venue simulator in trading mode, and a proxy between them that
/// the tests use to break the connection — under the faults a live venue connection meets. After each: no order lost,
/// no fill applied twice, positions equal the venue's fills (<see cref="FixVenueEnvironment.AssertConsistentAsync"/>).
/// </summary>
public sealed class FixVenueFaultTests(FixVenueEnvironment environment) : IClassFixture<FixVenueEnvironment>
{
    [Fact]
    public async Task A_connection_dropped_while_fills_stream_in_loses_no_fill_and_applies_none_twice()
    {
        // one fill reaches the platform, the next ones are in transit when the connection drops, and the venue keeps
        // filling (MSFT fills in slices) while the platform reconnects
        var connections = environment.Proxy.Connections;
        var applied = await environment.PlatformFillsAsync();
        environment.Proxy.HoldVenueMessages(afterFills: 1);
        await environment.SubmitAsync("MSFT", OrderSide.Buy, 50, 420.50m);
        await environment.SubmitAsync("MSFT", OrderSide.Sell, 25, 419.50m);
        await environment.WaitUntilAsync(async () => await environment.PlatformFillsAsync() > applied && environment.Proxy.Held.Any(m => m.IsFill),
            "one fill is applied and the next is in transit", TimeSpan.FromSeconds(20));
        var lost = environment.Proxy.Held.Where(m => m.MsgType == "8").ToList();

        environment.Proxy.DropConnections();

        await environment.AssertConsistentAsync();
        Assert.True(environment.Proxy.Connections > connections, "the platform reconnected through the proxy");
        AssertResent(lost);
    }

    [Fact]
    public async Task A_sequence_gap_is_recovered_by_a_resend_and_every_report_is_applied_once()
    {
        environment.Proxy.HoldVenueMessages();
        var order = await environment.SubmitAsync("AAPL", OrderSide.Buy, 30, 190.05m);
        var second = await environment.SubmitAsync("AAPL", OrderSide.Sell, 10, 189.95m);
        await environment.WaitUntilAsync(() => Task.FromResult(environment.Proxy.Held.Count(m => m.MsgType == "8") >= 4),
            "the acks and fills are held back", TimeSpan.FromSeconds(20));

        // the first two are lost on the way: the next message reveals the gap
        var lost = environment.Proxy.ReleaseVenueMessages(discard: 2).Where(m => m.MsgType == "8").ToList();

        await environment.AssertConsistentAsync();
        Assert.Equal(30m, (await environment.ViewAsync(order)).FilledQuantity.Value);
        Assert.Equal(10m, (await environment.ViewAsync(second)).FilledQuantity.Value);
        Assert.NotEmpty(lost);
        AssertResent(lost);
    }

    [Fact]
    public async Task Reports_the_venue_sends_three_times_are_applied_once()
    {
        // ESZ6 fills in two slices and repeats every report twice (PossResend): ack ×3, each fill ×3. Two slices, so a
        // repeated first fill would not overfill the order: only the ExecID tells it is the same execution.
        var order = await environment.SubmitAsync("ESZ6", OrderSide.Buy, 2, 6000.25m);

        await environment.AssertConsistentAsync();
        var fills = (await environment.ViewAsync(order)).Fills;
        Assert.Equal(2, fills.Length);
        foreach (var fill in fills)
        {
            var sent = environment.Simulator.Messages(outbound: true).Where(m => m.MsgType == "8" && m["17"] == fill.ExecId.Value).ToList();
            Assert.Equal(3, sent.Count);
            Assert.Equal(2, sent.Count(m => m["97"] == "Y"));
        }
    }

    [Fact]
    public async Task A_host_killed_with_orders_in_flight_restarts_with_every_fill_applied_once()
    {
        // one fill reaches the platform; the fills after it are in transit when the host dies, or made while it is down
        var applied = await environment.PlatformFillsAsync();
        environment.Proxy.HoldVenueMessages(afterFills: 1);
        var orders = new[]
        {
            await environment.SubmitAsync("MSFT", OrderSide.Buy, 100, 421m),
            await environment.SubmitAsync("MSFT", OrderSide.Buy, 40, 421m),
            await environment.SubmitAsync("AAPL", OrderSide.Buy, 20, 190.05m),
        };
        await environment.WaitUntilAsync(async () => await environment.PlatformFillsAsync() > applied && environment.Proxy.Held.Any(m => m.IsFill),
            "one fill is applied and the next is in transit", TimeSpan.FromSeconds(20));
        var openWhenKilled = 0;
        foreach (var order in orders)
        {
            openWhenKilled += (await environment.ViewAsync(order)).IsOpen ? 1 : 0;
        }

        var lost = environment.Proxy.Held.Where(m => m.MsgType == "8").ToList();

        await environment.KillHostAsync();
        await environment.StartHostAsync();

        await environment.AssertConsistentAsync();
        Assert.True(openWhenKilled >= 2, $"orders were in flight when the host died ({openWhenKilled} of 3 open)");
        AssertResent(lost);
    }

    /// <summary>Each ExecutionReport lost on the way was sent again by the venue under its own sequence number, as a PossDup resend.</summary>
    private void AssertResent(IReadOnlyList<FixFields> lost)
    {
        var resent = environment.Simulator.Messages(outbound: true).Where(m => m.MsgType == "8" && m.IsPossDup).Select(m => m["34"]).ToHashSet();
        Assert.All(lost, m => Assert.Contains(m["34"], resent));
    }
}
