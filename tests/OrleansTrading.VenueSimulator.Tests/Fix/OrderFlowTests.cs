using OrleansTrading.Fix.Codec;

namespace OrleansTrading.VenueSimulator.Tests.Fix;

/// <summary>The simulator's answers to each order-flow message, over real FIX sessions on 127.0.0.1.</summary>
public sealed class OrderFlowTests
{
    [Fact]
    public async Task Limit_order_crossing_the_ladder_is_acknowledged_then_filled_at_the_best_ask()
    {
        await using var venue = await SimulatorHarness.StartAsync();
        var client = await venue.ConnectAsync();

        Assert.True(client.Send(FixOrders.Limit("B-1", "AAPL", '1', 100m, 190.01m)));

        var ack = await client.ExecutionAsync("B-1", '0');
        var fill = await client.ExecutionAsync("B-1", 'F');
        Assert.Equal('0', ack.GetChar(FixTags.OrdStatus));
        Assert.Equal("AAPL", ack.GetString(FixTags.Symbol));
        Assert.Equal('1', ack.GetChar(FixTags.Side));
        Assert.Equal(100m, ack.Decimal(FixTags.OrderQty));
        Assert.Equal(190.01m, ack.Decimal(FixTags.Price));
        Assert.Equal(100m, ack.Decimal(FixTags.LeavesQty));
        Assert.Equal(0m, ack.Decimal(FixTags.CumQty));
        Assert.True(ack.MsgSeqNum < fill.MsgSeqNum, "the fill overtook the ack");
        Assert.Equal('2', fill.GetChar(FixTags.OrdStatus));
        Assert.Equal(100m, fill.Decimal(FixTags.LastQty));
        Assert.Equal(190.01m, fill.Decimal(FixTags.LastPx));
        Assert.Equal(100m, fill.Decimal(FixTags.CumQty));
        Assert.Equal(0m, fill.Decimal(FixTags.LeavesQty));
        Assert.Equal(190.01m, fill.Decimal(FixTags.AvgPx));
        Assert.Equal(ack.GetString(FixTags.OrderId), fill.GetString(FixTags.OrderId));
        Assert.StartsWith($"{SimulatorHarness.RunId}:AAPL:O", ack.GetString(FixTags.OrderId), StringComparison.Ordinal);
        Assert.StartsWith($"{SimulatorHarness.RunId}:AAPL:E", ack.GetString(FixTags.ExecId), StringComparison.Ordinal);
        Assert.NotEqual(ack.GetString(FixTags.ExecId), fill.GetString(FixTags.ExecId));
        Assert.True(fill.TryGetTimestamp(FixTags.TransactTime, out _));
    }

    [Fact]
    public async Task Order_larger_than_the_liquidity_fills_partially_and_rests_then_cancels()
    {
        await using var venue = await SimulatorHarness.StartAsync();
        var seller = await venue.ConnectAsync(SimulatorHarness.OtherFund);
        var buyer = await venue.ConnectAsync();
        seller.Send(FixOrders.Limit("S-1", "TEST", '2', 300m, 50.00m));
        await seller.ExecutionAsync("S-1", '0');

        buyer.Send(FixOrders.Limit("B-1", "TEST", '1', 500m, 50.00m));

        var partial = await buyer.ExecutionAsync("B-1", 'F');
        Assert.Equal('1', partial.GetChar(FixTags.OrdStatus));
        Assert.Equal(300m, partial.Decimal(FixTags.LastQty));
        Assert.Equal(300m, partial.Decimal(FixTags.CumQty));
        Assert.Equal(200m, partial.Decimal(FixTags.LeavesQty));
        var contra = await seller.ExecutionAsync("S-1", 'F');
        Assert.Equal('2', contra.GetChar(FixTags.OrdStatus));
        Assert.Equal(50.00m, contra.Decimal(FixTags.LastPx));

        buyer.Send(FixOrders.Cancel("B-1-C", "B-1", "TEST", '1'));

        var canceled = await buyer.ExecutionAsync("B-1-C", '4');
        Assert.Equal('4', canceled.GetChar(FixTags.OrdStatus));
        Assert.Equal("B-1", canceled.GetString(FixTags.OrigClOrdId));
        Assert.Equal(300m, canceled.Decimal(FixTags.CumQty));
        Assert.Equal(0m, canceled.Decimal(FixTags.LeavesQty));
        Assert.Equal(partial.GetString(FixTags.OrderId), canceled.GetString(FixTags.OrderId));
    }

    [Fact]
    public async Task Cancel_of_an_unknown_order_gets_an_order_cancel_reject()
    {
        await using var venue = await SimulatorHarness.StartAsync();
        var client = await venue.ConnectAsync();

        client.Send(FixOrders.Cancel("C-1", "NOPE", "AAPL", '1'));

        var reject = (await client.WaitForAsync(m => m.MsgType == FixMsgTypes.OrderCancelReject))[0];
        Assert.Equal("C-1", reject.GetString(FixTags.ClOrdId));
        Assert.Equal("NOPE", reject.GetString(FixTags.OrigClOrdId));
        Assert.Equal("NONE", reject.GetString(FixTags.OrderId));
        Assert.Equal('8', reject.GetChar(FixTags.OrdStatus));
        Assert.Equal('1', reject.GetChar(434));
        Assert.Equal(1, reject.GetInt(102));
        Assert.Contains("NOPE", reject.GetString(FixTags.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replace_changes_a_resting_order_and_a_crossing_replace_trades()
    {
        await using var venue = await SimulatorHarness.StartAsync();
        var client = await venue.ConnectAsync();
        client.Send(FixOrders.Limit("R-1", "AAPL", '1', 100m, 189.00m));
        var ack = await client.ExecutionAsync("R-1", '0');

        client.Send(FixOrders.Replace("R-2", "R-1", "AAPL", '1', 200m, 189.50m));

        var replaced = await client.ExecutionAsync("R-2", '5');
        Assert.Equal("R-1", replaced.GetString(FixTags.OrigClOrdId));
        Assert.Equal('0', replaced.GetChar(FixTags.OrdStatus));
        Assert.Equal(200m, replaced.Decimal(FixTags.OrderQty));
        Assert.Equal(189.50m, replaced.Decimal(FixTags.Price));
        Assert.Equal(200m, replaced.Decimal(FixTags.LeavesQty));
        Assert.Equal(ack.GetString(FixTags.OrderId), replaced.GetString(FixTags.OrderId));

        client.Send(FixOrders.Replace("R-3", "R-2", "AAPL", '1', 200m, 190.01m));

        await client.ExecutionAsync("R-3", '5');
        var fill = await client.ExecutionAsync("R-3", 'F');
        Assert.Equal('2', fill.GetChar(FixTags.OrdStatus));
        Assert.Equal(190.01m, fill.Decimal(FixTags.LastPx));
    }

    [Fact]
    public async Task Status_request_reports_the_order_and_echoes_its_request_id_and_an_unknown_order_is_reported_rejected()
    {
        await using var venue = await SimulatorHarness.StartAsync();
        var client = await venue.ConnectAsync();
        client.Send(FixOrders.Limit("S-1", "AAPL", '2', 10m, 191.00m));
        await client.ExecutionAsync("S-1", '0');

        client.Send(FixOrders.Status("S-1", "AAPL", '2', "Q-1"));
        client.Send(FixOrders.Status("UNKNOWN", "AAPL", '2', "Q-2"));

        var status = await client.ExecutionAsync("S-1", 'I');
        Assert.Equal("Q-1", status.GetString(790));
        Assert.Equal('0', status.GetChar(FixTags.OrdStatus));
        Assert.Equal(10m, status.Decimal(FixTags.LeavesQty));
        var unknown = await client.ExecutionAsync("UNKNOWN", 'I');
        Assert.Equal("Q-2", unknown.GetString(790));
        Assert.Equal('8', unknown.GetChar(FixTags.OrdStatus));
        Assert.Equal(5, unknown.GetInt(103));
        Assert.Equal("NONE", unknown.GetString(FixTags.OrderId));
        Assert.StartsWith($"{SimulatorHarness.RunId}:#:E", unknown.GetString(FixTags.ExecId), StringComparison.Ordinal);
        Assert.Contains("UNKNOWN", unknown.GetString(FixTags.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mass_status_reports_every_open_order_with_the_count_and_the_last_flag_or_says_there_is_none()
    {
        await using var venue = await SimulatorHarness.StartAsync();
        var client = await venue.ConnectAsync();
        client.Send(FixOrders.MassStatus("M-0"));
        var none = (await client.WaitForAsync(m => m.GetString(584) == "M-0"))[0];
        Assert.Equal("NONE", none.GetString(FixTags.OrderId));
        Assert.Equal(0, none.GetInt(911));
        Assert.Equal('Y', none.GetChar(912));
        Assert.Equal('I', none.GetChar(FixTags.ExecType));

        client.Send(FixOrders.Limit("O-1", "AAPL", '1', 10m, 180.00m));
        client.Send(FixOrders.Limit("O-2", "TEST", '2', 20m, 60.00m));
        client.Send(FixOrders.Limit("O-3", "AAPL", '1', 10m, 190.05m));
        await client.ExecutionAsync("O-3", 'F');
        client.Send(FixOrders.MassStatus("M-1"));

        var reports = await client.WaitForAsync(m => m.GetString(584) == "M-1", count: 2);
        Assert.Equal(["O-1", "O-2"], reports.Select(r => r.GetString(FixTags.ClOrdId)));
        Assert.All(reports, r => Assert.Equal('I', r.GetChar(FixTags.ExecType)));
        Assert.All(reports, r => Assert.Equal(2, r.GetInt(911)));
        Assert.Equal(['N', 'Y'], reports.Select(r => r.GetChar(912)));
    }

    [Fact]
    public async Task Unknown_symbol_is_rejected_with_an_execution_report_naming_what_the_venue_trades()
    {
        await using var venue = await SimulatorHarness.StartAsync();
        var client = await venue.ConnectAsync();

        client.Send(FixOrders.Limit("U-1", "ZZZZ", '1', 10m, 1.00m));

        var reject = await client.ExecutionAsync("U-1", '8');
        Assert.Equal('8', reject.GetChar(FixTags.OrdStatus));
        Assert.Equal(1, reject.GetInt(103));
        Assert.Equal("ZZZZ", reject.GetString(FixTags.Symbol));
        Assert.Contains("AAPL", reject.GetString(FixTags.Text), StringComparison.Ordinal);
    }
}
