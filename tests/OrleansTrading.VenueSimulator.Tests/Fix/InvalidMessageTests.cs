using OrleansTrading.Fix.Codec;

namespace OrleansTrading.VenueSimulator.Tests.Fix;

/// <summary>Messages the venue cannot act on are answered, never ignored: BusinessMessageReject or a reject report with a clear Text.</summary>
public sealed class InvalidMessageTests
{
    [Fact]
    public async Task Order_without_OrderQty_gets_a_business_reject_naming_the_field()
    {
        await using var venue = await SimulatorHarness.StartAsync();
        var client = await venue.ConnectAsync();
        var order = FixOrders.Limit("N-1", "AAPL", '1', 1m, 190.01m).Remove(FixTags.OrderQty);

        client.Send(order);

        var reject = (await client.WaitForAsync(m => m.MsgType == FixMsgTypes.BusinessMessageReject))[0];
        Assert.Equal(5, reject.GetInt(FixTags.BusinessRejectReason));
        Assert.False(reject.Contains(FixTags.RefTagId), "RefTagID (371) is not a BusinessMessageReject field in FIX 4.4");
        Assert.Equal("D", reject.GetString(FixTags.RefMsgType));
        Assert.Contains("OrderQty (38)", reject.GetString(FixTags.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsupported_message_type_gets_business_reject_3()
    {
        await using var venue = await SimulatorHarness.StartAsync();
        var client = await venue.ConnectAsync();

        client.Send(new FixMessageBuilder(FixMsgTypes.QuoteRequest).Add(131, "QR-1").Add(146, 1).Add(FixTags.Symbol, "AAPL"));

        var reject = (await client.WaitForAsync(m => m.MsgType == FixMsgTypes.BusinessMessageReject))[0];
        Assert.Equal(3, reject.GetInt(FixTags.BusinessRejectReason));
        Assert.Equal("R", reject.GetString(FixTags.RefMsgType));
    }

    [Fact]
    public async Task Unsupported_order_characteristics_are_rejected_by_execution_report_saying_what_is_allowed()
    {
        await using var venue = await SimulatorHarness.StartAsync();
        var client = await venue.ConnectAsync();

        client.Send(FixOrders.Limit("X-1", "AAPL", '1', 100m, 190.015m));
        client.Send(FixOrders.Limit("X-2", "AAPL", '1', 100m, 190.01m, timeInForce: '2'));
        client.Send(FixOrders.Limit("X-3", "AAPL", '5', 100m, 190.01m));

        var offTick = await client.ExecutionAsync("X-1", '8');
        Assert.Contains("tick", offTick.GetString(FixTags.Text), StringComparison.Ordinal);
        var atTheOpening = await client.ExecutionAsync("X-2", '8');
        Assert.Equal(11, atTheOpening.GetInt(103));
        Assert.Equal('2', atTheOpening.GetChar(FixTags.TimeInForce));
        Assert.Contains("TimeInForce 2 is not supported", atTheOpening.GetString(FixTags.Text), StringComparison.Ordinal);
        var sellShort = await client.ExecutionAsync("X-3", '8');
        Assert.Equal('5', sellShort.GetChar(FixTags.Side));
        Assert.Contains("Side 5 is not supported", sellShort.GetString(FixTags.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reused_ClOrdID_is_rejected_as_a_duplicate_but_a_PossResend_of_it_gets_the_order_status()
    {
        await using var venue = await SimulatorHarness.StartAsync();
        var client = await venue.ConnectAsync();
        client.Send(FixOrders.Limit("D-1", "AAPL", '1', 10m, 180.00m));
        await client.ExecutionAsync("D-1", '0');

        client.Send(FixOrders.Limit("D-1", "AAPL", '1', 10m, 180.00m).Add(FixTags.PossResend, true));
        client.Send(FixOrders.Limit("D-1", "AAPL", '1', 10m, 180.00m));

        var status = await client.ExecutionAsync("D-1", 'I');
        Assert.Equal('0', status.GetChar(FixTags.OrdStatus));
        var duplicate = await client.ExecutionAsync("D-1", '8');
        Assert.Equal(6, duplicate.GetInt(103));
        Assert.NotEqual(status.GetString(FixTags.OrderId), duplicate.GetString(FixTags.OrderId));
    }

    [Fact]
    public async Task Mass_status_of_an_unsupported_type_gets_a_business_reject()
    {
        await using var venue = await SimulatorHarness.StartAsync();
        var client = await venue.ConnectAsync();

        client.Send(new FixMessageBuilder(FixMsgTypes.OrderMassStatusRequest).Add(584, "M-1").Add(585, 8));

        var reject = (await client.WaitForAsync(m => m.MsgType == FixMsgTypes.BusinessMessageReject))[0];
        Assert.Equal("AF", reject.GetString(FixTags.RefMsgType));
        Assert.Contains("use 7 (all orders) or 1", reject.GetString(FixTags.Text), StringComparison.Ordinal);
    }
}
