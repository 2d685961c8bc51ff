using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Execution.Fix;
using OrleansTrading.Execution.Routing;
using OrleansTrading.Execution.Tests.Support;
using OrleansTrading.Fix.Codec;

namespace OrleansTrading.Execution.Tests.Fix;

public sealed class FixOrderMessagesTests
{
    private static readonly UnixNanos _sentAt = UnixNanos.FromDateTime(new DateTime(2026, 11, 25, 14, 0, 0, 250, DateTimeKind.Utc));
    private static readonly UnixNanos _expires = UnixNanos.FromDateTime(new DateTime(2026, 11, 27, 21, 0, 0, DateTimeKind.Utc));

    private static readonly OrderRoute _route = new("ACC-1|C-1", new AccountId("ACC-1"), new InstrumentId("ESZ6.XCME"), "ESZ6", OrderSide.Sell,
        TimeInForce.Gtd, _expires, _sentAt, [new ClientOrderId("OT-1")]);

    [Fact]
    public void A_stop_limit_GTD_order_becomes_a_NewOrderSingle_with_every_term()
    {
        var order = new VenueOrder("ACC-1|C-1", new AccountId("ACC-1"), new InstrumentId("ESZ6.XCME"), new ClientOrderId("OT-1"), OrderSide.Sell,
            OrderType.StopLimit, new Quantity(3m), new Price(6000.25m), new Price(6001.5m), TimeInForce.Gtd, _expires, _sentAt);

        var message = FixWire.Parse(FixOrderMessages.NewOrderSingle(new FixMessageBuilder(), order, "ESZ6"));

        Assert.Equal("D", message.MsgType);
        Assert.Equal("OT-1", message.GetString(FixTags.ClOrdId));
        Assert.Equal("ACC-1", message.GetString(FixTags.Account));
        Assert.Equal("ESZ6", message.GetString(FixTags.Symbol));
        Assert.Equal('2', message.GetChar(FixTags.Side));
        Assert.Equal('4', message.GetChar(FixTags.OrdType));
        Assert.Equal(3m, message.GetDecimal(FixTags.OrderQty));
        Assert.Equal(6000.25m, message.GetDecimal(FixTags.Price));
        Assert.Equal(6001.5m, message.GetDecimal(FixTags.StopPx));
        Assert.Equal('6', message.GetChar(FixTags.TimeInForce));
        Assert.Equal(_expires.ToDateTime(), message.GetTimestamp(126));
        Assert.Equal(_sentAt.ToDateTime(), message.GetTimestamp(FixTags.TransactTime));
    }

    [Fact]
    public void A_market_day_order_carries_no_price_and_no_expiry()
    {
        var order = new VenueOrder("ACC-1|C-2", new AccountId("ACC-1"), new InstrumentId("AAPL.XNAS"), new ClientOrderId("OT-2"), OrderSide.Buy,
            OrderType.Market, new Quantity(100m), null, null, TimeInForce.Day, null, _sentAt);

        var message = FixWire.Parse(FixOrderMessages.NewOrderSingle(new FixMessageBuilder(), order, "AAPL"));

        Assert.Equal('1', message.GetChar(FixTags.OrdType));
        Assert.Equal('0', message.GetChar(FixTags.TimeInForce));
        Assert.False(message.Contains(FixTags.Price));
        Assert.False(message.Contains(FixTags.StopPx));
        Assert.False(message.Contains(126));
    }

    [Fact]
    public void A_cancel_names_the_order_by_OrigClOrdID_and_OrderID_with_its_own_ClOrdID()
    {
        var request = new VenueCancelRequest("ACC-1|C-1", new InstrumentId("ESZ6.XCME"), new ClientOrderId("OT-1-1"), new ClientOrderId("OT-1"),
            new VenueOrderId("V-9"), OrderSide.Sell, new Quantity(3m));

        var message = FixWire.Parse(FixOrderMessages.OrderCancelRequest(new FixMessageBuilder(), request, _route, _sentAt));

        Assert.Equal("F", message.MsgType);
        Assert.Equal("OT-1-1", message.GetString(FixTags.ClOrdId));
        Assert.Equal("OT-1", message.GetString(FixTags.OrigClOrdId));
        Assert.Equal("V-9", message.GetString(FixTags.OrderId));
        Assert.Equal("ESZ6", message.GetString(FixTags.Symbol));
        Assert.Equal('2', message.GetChar(FixTags.Side));
        Assert.Equal(3m, message.GetDecimal(FixTags.OrderQty));
        Assert.Equal("ACC-1", message.GetString(FixTags.Account));
    }

    [Fact]
    public void A_replace_carries_the_full_new_terms_and_keeps_a_GTD_expiry()
    {
        var request = new VenueReplaceRequest("ACC-1|C-1", new InstrumentId("ESZ6.XCME"), new ClientOrderId("OT-1-2"), new ClientOrderId("OT-1-1"),
            null, OrderSide.Sell, OrderType.Limit, new Quantity(2m), new Price(5999.75m), null, TimeInForce.Gtd);

        var message = FixWire.Parse(FixOrderMessages.OrderCancelReplaceRequest(new FixMessageBuilder(), request, _route, _sentAt));

        Assert.Equal("G", message.MsgType);
        Assert.Equal("OT-1-2", message.GetString(FixTags.ClOrdId));
        Assert.Equal("OT-1-1", message.GetString(FixTags.OrigClOrdId));
        Assert.False(message.Contains(FixTags.OrderId));
        Assert.Equal(2m, message.GetDecimal(FixTags.OrderQty));
        Assert.Equal(5999.75m, message.GetDecimal(FixTags.Price));
        Assert.Equal('2', message.GetChar(FixTags.OrdType));
        Assert.Equal(_expires.ToDateTime(), message.GetTimestamp(126));
    }

    [Fact]
    public void Status_requests_name_the_order_and_the_request()
    {
        var single = FixWire.Parse(FixOrderMessages.OrderStatusRequest(new FixMessageBuilder(), _route, new ClientOrderId("OT-1-2"), new VenueOrderId("V-9"), "R-1"));
        var mass = FixWire.Parse(FixOrderMessages.OrderMassStatusRequest(new FixMessageBuilder(), "M-1"));

        Assert.Equal("H", single.MsgType);
        Assert.Equal("OT-1-2", single.GetString(FixTags.ClOrdId));
        Assert.Equal("V-9", single.GetString(FixTags.OrderId));
        Assert.Equal("R-1", single.GetString(790));
        Assert.Equal("ESZ6", single.GetString(FixTags.Symbol));
        Assert.Equal("AF", mass.MsgType);
        Assert.Equal("M-1", mass.GetString(584));
        Assert.Equal(7, mass.GetInt(585));
    }
}
