using OrleansTrading.Fix.Codec;

namespace OrleansTrading.VenueSimulator.Tests.Fix;

/// <summary>A venue restart as a client sees it: the FIX sequence goes on from the durable store, ids never repeat.</summary>
public sealed class VenueRestartTests
{
    [Fact]
    public async Task After_a_venue_restart_the_client_reconnects_the_sequence_continues_and_ExecIDs_carry_the_new_run_id()
    {
        await using var venue = await SimulatorHarness.StartAsync();
        var client = await venue.ConnectAsync(durable: true);
        client.Send(FixOrders.Limit("A-1", "AAPL", '1', 100m, 190.01m));
        var firstFill = await client.ExecutionAsync("A-1", 'F');

        await venue.RestartAsync();
        await client.WaitForLogonsAsync(2);
        client.Send(FixOrders.Limit("A-2", "AAPL", '1', 100m, 190.01m));

        var ack = await client.ExecutionAsync("A-2", '0');
        Assert.True(ack.MsgSeqNum > firstFill.MsgSeqNum, $"the venue's sequence restarted: {ack.MsgSeqNum} after {firstFill.MsgSeqNum}");
        Assert.StartsWith("run2:", ack.GetString(FixTags.ExecId), StringComparison.Ordinal);
        Assert.StartsWith("run1:", firstFill.GetString(FixTags.ExecId), StringComparison.Ordinal);
        Assert.Equal(client.Session.NextSenderSeqNum, venue.Host.GetSession(new("FIX.4.4", SimulatorHarness.Venue, SimulatorHarness.Fund))!.NextTargetSeqNum);
    }
}
