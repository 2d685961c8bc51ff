using OrleansTrading.Fix.Codec;

namespace OrleansTrading.VenueSimulator.Tests.Fix;

/// <summary>The configured behaviours as a FIX client sees them: rejects, sliced fills, delays, duplicates, dropped connections.</summary>
public sealed class BehaviourTests
{
    private const string Rules = """
        { "rules": [
          { "clOrdIdPrefix": "REJ-", "mode": "reject", "rejectText": "Simulated reject: venue closed for this client" },
          { "clOrdIdPrefix": "SLICE-", "mode": "fill", "fillSlices": 3 },
          { "clOrdIdPrefix": "DUP-", "duplicateReports": 1 },
          { "clOrdIdPrefix": "DROP-", "dropConnectionAfterMessages": 1 },
          { "clOrdIdPrefix": "SLOW-", "ackDelayMs": 150, "fillDelayMs": 150 },
          { "clOrdIdPrefix": "OOO-", "fillsBeforeAck": true }
        ] }
        """;

    [Fact]
    public async Task Reject_behaviour_answers_with_a_rejected_execution_report_carrying_the_configured_text()
    {
        await using var venue = await SimulatorHarness.StartAsync(Rules);
        var client = await venue.ConnectAsync();

        client.Send(FixOrders.Limit("REJ-1", "AAPL", '1', 100m, 190.01m));

        var reject = await client.ExecutionAsync("REJ-1", '8');
        Assert.Equal('8', reject.GetChar(FixTags.OrdStatus));
        Assert.Equal(0, reject.GetInt(103));
        Assert.Equal("Simulated reject: venue closed for this client", reject.GetString(FixTags.Text));
        Assert.Equal(0m, reject.Decimal(FixTags.CumQty));
    }

    [Fact]
    public async Task Fill_behaviour_fills_the_order_at_its_limit_price_in_slices_each_a_partial_fill_until_the_last()
    {
        await using var venue = await SimulatorHarness.StartAsync(Rules);
        var client = await venue.ConnectAsync();

        client.Send(FixOrders.Limit("SLICE-1", "TEST", '2', 300m, 42.00m));

        var fills = await client.WaitForAsync(m => m.GetString(FixTags.ClOrdId) == "SLICE-1" && m.GetChar(FixTags.ExecType) == 'F', count: 3);
        Assert.Equal([100m, 100m, 100m], fills.Select(f => f.Decimal(FixTags.LastQty)));
        Assert.Equal([100m, 200m, 300m], fills.Select(f => f.Decimal(FixTags.CumQty)));
        Assert.Equal(['1', '1', '2'], fills.Select(f => f.GetChar(FixTags.OrdStatus)));
        Assert.All(fills, f => Assert.Equal(42.00m, f.Decimal(FixTags.LastPx)));
        Assert.Equal(3, fills.Select(f => f.GetString(FixTags.ExecId)).Distinct().Count());
    }

    [Fact]
    public async Task Duplicate_behaviour_repeats_each_report_with_the_same_exec_id_flagged_PossResend_under_a_new_sequence_number()
    {
        await using var venue = await SimulatorHarness.StartAsync(Rules);
        var client = await venue.ConnectAsync();

        client.Send(FixOrders.Limit("DUP-1", "AAPL", '1', 100m, 190.01m));

        var reports = await client.WaitForAsync(m => m.GetString(FixTags.ClOrdId) == "DUP-1", count: 4);
        Assert.Equal(['0', '0', 'F', 'F'], reports.Select(r => r.GetChar(FixTags.ExecType)));
        Assert.Equal([false, true, false, true], reports.Select(r => r.IsFlagSet(FixTags.PossResend)));
        Assert.Equal(reports[0].GetString(FixTags.ExecId), reports[1].GetString(FixTags.ExecId));
        Assert.Equal(reports[2].GetString(FixTags.ExecId), reports[3].GetString(FixTags.ExecId));
        Assert.Equal(reports[0].GetString(FixTags.TransactTime), reports[1].GetString(FixTags.TransactTime));
        Assert.Equal(4, reports.Select(r => r.MsgSeqNum).Distinct().Count());
        Assert.All(reports, r => Assert.False(r.IsFlagSet(FixTags.PossDupFlag)));
    }

    [Fact]
    public async Task Drop_behaviour_cuts_the_connection_after_the_ack_and_the_fill_arrives_after_the_client_reconnects()
    {
        await using var venue = await SimulatorHarness.StartAsync(Rules);
        var client = await venue.ConnectAsync();

        client.Send(FixOrders.Limit("DROP-1", "AAPL", '1', 100m, 190.01m));

        var ack = await client.ExecutionAsync("DROP-1", '0');
        await client.WaitForLogonsAsync(2);
        var fill = await client.ExecutionAsync("DROP-1", 'F');
        Assert.Equal(2, client.Initiator.ConnectionCount);
        Assert.Equal(ack.MsgSeqNum + 2, fill.MsgSeqNum); // the venue's Logon answer in between: its numbering went on
        Assert.False(fill.IsFlagSet(FixTags.PossDupFlag));

        client.Send(FixOrders.Limit("DROP-2", "AAPL", '1', 100m, 190.01m));

        await client.ExecutionAsync("DROP-2", 'F');
        Assert.Equal(2, client.Initiator.ConnectionCount);
    }

    [Fact]
    public async Task Delayed_ack_and_fill_arrive_in_order_and_after_the_delay_not_before()
    {
        await using var venue = await SimulatorHarness.StartAsync(Rules);
        var client = await venue.ConnectAsync();
        var sentAt = DateTime.UtcNow;

        client.Send(FixOrders.Limit("SLOW-1", "AAPL", '1', 100m, 190.01m));

        var ack = await client.ExecutionAsync("SLOW-1", '0');
        var fill = await client.ExecutionAsync("SLOW-1", 'F');
        Assert.True(ack.MsgSeqNum < fill.MsgSeqNum);
        Assert.True(ack.GetTimestamp(FixTags.SendingTime) >= sentAt.AddMilliseconds(150).AddTicks(-sentAt.Ticks % TimeSpan.TicksPerMillisecond),
            $"the ack was sent at {ack.GetTimestamp(FixTags.SendingTime):O}, before its 150 ms delay from {sentAt:O}");
    }

    [Fact]
    public async Task Fills_before_ack_behaviour_delivers_the_fill_before_the_new_ack()
    {
        await using var venue = await SimulatorHarness.StartAsync(Rules);
        var client = await venue.ConnectAsync();

        client.Send(FixOrders.Limit("OOO-1", "AAPL", '1', 100m, 190.01m));

        var reports = await client.WaitForAsync(m => m.GetString(FixTags.ClOrdId) == "OOO-1", count: 2);
        Assert.Equal(['F', '0'], reports.Select(r => r.GetChar(FixTags.ExecType)));
    }

    [Fact]
    public async Task Reports_for_a_logged_off_client_wait_and_arrive_after_its_next_logon()
    {
        await using var venue = await SimulatorHarness.StartAsync(Rules);
        var seller = await venue.ConnectAsync(SimulatorHarness.OtherFund, durable: true);
        var buyer = await venue.ConnectAsync();
        seller.Send(FixOrders.Limit("S-1", "TEST", '2', 100m, 10.00m));
        await seller.ExecutionAsync("S-1", '0');
        await venue.DisconnectAsync(seller);

        buyer.Send(FixOrders.Limit("B-1", "TEST", '1', 100m, 10.00m));
        await buyer.ExecutionAsync("B-1", 'F');
        Assert.Equal(1, venue.Host.PendingReports);

        var again = await venue.ConnectAsync(SimulatorHarness.OtherFund, durable: true);
        var fill = await again.ExecutionAsync("S-1", 'F');
        Assert.Equal('2', fill.GetChar(FixTags.OrdStatus));
        Assert.Equal(100m, fill.Decimal(FixTags.LastQty));
    }
}
