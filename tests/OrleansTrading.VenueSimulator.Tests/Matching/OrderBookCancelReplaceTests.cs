using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.VenueSimulator.Matching;
using static OrleansTrading.VenueSimulator.Tests.Matching.TestMarket;

namespace OrleansTrading.VenueSimulator.Tests.Matching;

public sealed class OrderBookCancelReplaceTests
{
    [Fact]
    public void Cancel_by_client_order_id_removes_the_order_and_reports_the_new_and_original_ids()
    {
        var book = NewBook();
        book.Submit(Limit(Bob, "B1", OrderSide.Buy, 5, 99m), T0);

        var events = book.Cancel(CancelOf(Bob, "B1-cxl", "B1"), At(1));

        var canceled = events.One<OrderCanceled>();
        Assert.Equal(CancelReason.ClientRequest, canceled.Reason);
        Assert.Equal(Id("B1-cxl"), canceled.Order.ClientOrderId);
        Assert.Equal(Id("B1"), canceled.Order.OrigClientOrderId);
        Assert.Equal(OrderStatus.Canceled, canceled.Order.Status);
        Assert.Equal(Quantity.Zero, canceled.Order.LeavesQuantity);
        Assert.Null(book.BestBid);
        Assert.Equal(0, book.OpenOrderCount);
    }

    [Fact]
    public void Cancel_by_venue_order_id_works_without_the_client_order_id()
    {
        var book = NewBook();
        var venueOrderId = book.Submit(Limit(Bob, "B1", OrderSide.Buy, 5, 99m), T0).One<OrderAccepted>().Order.VenueOrderId;

        var events = book.Cancel(new CancelOrderRequest(Bob, Id("B1-cxl"), TestInstrument.Id, VenueOrderId: venueOrderId), At(1));

        Assert.Equal(venueOrderId, events.One<OrderCanceled>().Order.VenueOrderId);
    }

    [Fact]
    public void Cancel_of_a_filled_order_is_refused_as_too_late_and_changes_nothing()
    {
        var book = NewBook();
        book.Submit(Limit(Bob, "B1", OrderSide.Buy, 5, 100m), T0);
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 5, 100m), T0);

        var reject = book.Cancel(CancelOf(Bob, "B1-cxl", "B1"), At(1)).One<CancelRejected>();

        Assert.Equal(CancelRejectReason.TooLateToCancel, reject.Reason);
        Assert.Equal(OrderStatus.Filled, reject.OrderStatus);
        Assert.Equal(CancelRequestKind.Cancel, reject.ResponseTo);
        Assert.Equal(Id("B1"), book.FindOrder(Bob, Id("B1"))!.ClientOrderId);
        Assert.False(book.IsClientOrderIdInUse(Bob, Id("B1-cxl")));
    }

    [Fact]
    public void Participant_cannot_cancel_another_participants_order()
    {
        var book = NewBook();
        var venueOrderId = book.Submit(Limit(Bob, "B1", OrderSide.Buy, 5, 99m), T0).One<OrderAccepted>().Order.VenueOrderId;

        var byClientId = book.Cancel(CancelOf(Alice, "A-cxl", "B1"), At(1)).One<CancelRejected>();
        var byVenueId = book.Cancel(new CancelOrderRequest(Alice, Id("A-cxl2"), TestInstrument.Id, VenueOrderId: venueOrderId), At(1)).One<CancelRejected>();

        Assert.Equal(CancelRejectReason.UnknownOrder, byClientId.Reason);
        Assert.Equal(CancelRejectReason.UnknownOrder, byVenueId.Reason);
        Assert.Equal(OrderStatus.Rejected, byVenueId.OrderStatus);
        Assert.Null(byVenueId.Order);
        Assert.Equal(new Price(99m), book.BestBid);
    }

    [Fact]
    public void Cancel_naming_two_different_orders_is_refused()
    {
        var book = NewBook();
        book.Submit(Limit(Bob, "B1", OrderSide.Buy, 5, 99m), T0);
        var second = book.Submit(Limit(Bob, "B2", OrderSide.Buy, 5, 98m), T0).One<OrderAccepted>().Order.VenueOrderId;

        var reject = book.Cancel(new CancelOrderRequest(Bob, Id("B-cxl"), TestInstrument.Id, Id("B1"), second), At(1)).One<CancelRejected>();

        Assert.Contains("name different orders", reject.Text, StringComparison.Ordinal);
        Assert.Equal(2, book.OpenOrderCount);
    }

    [Fact]
    public void Cancel_request_reusing_a_client_order_id_is_refused_as_a_duplicate()
    {
        var book = NewBook();
        book.Submit(Limit(Bob, "B1", OrderSide.Buy, 5, 99m), T0);
        book.Submit(Limit(Bob, "B2", OrderSide.Buy, 5, 98m), T0);

        var reject = book.Cancel(CancelOf(Bob, "B2", "B1"), At(1)).One<CancelRejected>();

        Assert.Equal(CancelRejectReason.DuplicateClOrdId, reject.Reason);
        Assert.Equal(2, book.OpenOrderCount);
    }

    [Fact]
    public void Replace_that_lowers_the_quantity_keeps_time_priority()
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 5, 100m), T0);
        book.Submit(Limit(Carol, "C1", OrderSide.Sell, 5, 100m), T0);

        var replaced = book.Replace(ReplaceOf(Alice, "A2", "A1", OrderSide.Sell, 3, 100m), At(1)).One<OrderReplaced>();
        var fills = book.Submit(Limit(Bob, "B1", OrderSide.Buy, 3, 100m), At(2));

        Assert.True(replaced.KeptPriority);
        Assert.Equal(new Quantity(3), replaced.Order.Quantity);
        Assert.Equal(Id("A2"), replaced.Order.ClientOrderId);
        Assert.Equal(Id("A1"), replaced.Order.OrigClientOrderId);
        Assert.Equal(Alice, fills.FillsOf("B1").Single().ContraParticipant);
    }

    [Fact]
    public void Replace_that_raises_the_quantity_loses_time_priority()
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 5, 100m), T0);
        book.Submit(Limit(Carol, "C1", OrderSide.Sell, 5, 100m), T0);

        var replaced = book.Replace(ReplaceOf(Alice, "A2", "A1", OrderSide.Sell, 6, 100m), At(1)).One<OrderReplaced>();
        var fills = book.Submit(Limit(Bob, "B1", OrderSide.Buy, 3, 100m), At(2));

        Assert.False(replaced.KeptPriority);
        Assert.Equal(Carol, fills.FillsOf("B1").Single().ContraParticipant);
        Assert.Equal([Id("C1"), Id("A2")], book.RestingOrders(OrderSide.Sell).Select(o => o.ClientOrderId));
    }

    [Fact]
    public void Replace_that_changes_the_price_loses_time_priority_even_when_moved_back()
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 5, 100m), T0);
        book.Submit(Limit(Carol, "C1", OrderSide.Sell, 5, 100m), T0);

        book.Replace(ReplaceOf(Alice, "A2", "A1", OrderSide.Sell, 5, 101m), At(1));
        var back = book.Replace(ReplaceOf(Alice, "A3", "A2", OrderSide.Sell, 5, 100m), At(2)).One<OrderReplaced>();

        Assert.False(back.KeptPriority);
        Assert.Equal([Id("C1"), Id("A3")], book.RestingOrders(OrderSide.Sell).Select(o => o.ClientOrderId));
    }

    [Fact]
    public void Replace_to_a_crossing_price_trades_at_once_as_the_incoming_order()
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 5, 101m), T0);
        book.Submit(Limit(Bob, "B1", OrderSide.Buy, 8, 99m), T0);

        var events = book.Replace(ReplaceOf(Bob, "B2", "B1", OrderSide.Buy, 8, 101m), At(1));

        Assert.Equal("Replaced Filled Filled", events.Kinds());
        var fill = events.FillsOf("B2").Single();
        Assert.Equal(LiquiditySide.Taker, fill.Liquidity);
        Assert.Equal(new Price(101m), fill.Price);
        Assert.Equal(new Price(101m), book.BestBid);
        Assert.Equal(new Quantity(3), Assert.Single(book.Depth(OrderSide.Buy)).Quantity);
    }

    [Fact]
    public void Replace_of_a_partially_filled_order_keeps_its_fills_and_sets_leaves_from_the_new_total()
    {
        var book = NewBook();
        book.Submit(Limit(Bob, "B1", OrderSide.Buy, 10, 100m), T0);
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 4, 100m), T0);

        var replaced = book.Replace(ReplaceOf(Bob, "B2", "B1", OrderSide.Buy, 6, 100m), At(1)).One<OrderReplaced>();

        Assert.Equal(OrderStatus.PartiallyFilled, replaced.Order.Status);
        Assert.Equal(new Quantity(4), replaced.Order.CumulativeQuantity);
        Assert.Equal(new Quantity(2), replaced.Order.LeavesQuantity);
        Assert.True(replaced.KeptPriority);
    }

    [Theory]
    [InlineData(4, "must exceed the 4 already filled")]
    [InlineData(3, "must exceed the 4 already filled")]
    public void Replace_to_a_quantity_not_above_what_is_filled_is_refused(int quantity, string textFragment)
    {
        var book = NewBook();
        book.Submit(Limit(Bob, "B1", OrderSide.Buy, 10, 100m), T0);
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 4, 100m), T0);

        var reject = book.Replace(ReplaceOf(Bob, "B2", "B1", OrderSide.Buy, quantity, 100m), At(1)).One<CancelRejected>();

        Assert.Equal(CancelRequestKind.Replace, reject.ResponseTo);
        Assert.Contains(textFragment, reject.Text, StringComparison.Ordinal);
        Assert.Equal(new Quantity(6), book.FindOrder(Bob, Id("B1"))!.LeavesQuantity);
    }

    [Fact]
    public void Replace_cannot_change_the_side_or_the_order_type()
    {
        var book = NewBook();
        book.Submit(Limit(Bob, "B1", OrderSide.Buy, 10, 99m), T0);

        var side = book.Replace(ReplaceOf(Bob, "B2", "B1", OrderSide.Sell, 10, 99m), At(1)).One<CancelRejected>();
        var type = book.Replace(ReplaceOf(Bob, "B3", "B1", OrderSide.Buy, 10, 99m) with { Type = OrderType.Market, LimitPrice = null }, At(1)).One<CancelRejected>();

        Assert.Equal(CancelRejectReason.BrokerOption, side.Reason);
        Assert.Equal(CancelRejectReason.BrokerOption, type.Reason);
        Assert.Equal(new Price(99m), book.BestBid);
    }

    [Fact]
    public void Order_is_found_by_every_client_order_id_it_has_had()
    {
        var book = NewBook();
        book.Submit(Limit(Bob, "B1", OrderSide.Buy, 10, 99m), T0);
        book.Replace(ReplaceOf(Bob, "B2", "B1", OrderSide.Buy, 9, 99m), At(1));

        var events = book.Replace(ReplaceOf(Bob, "B3", "B1", OrderSide.Buy, 8, 99m), At(2));

        var replaced = events.One<OrderReplaced>();
        Assert.Equal(Id("B3"), replaced.Order.ClientOrderId);
        Assert.Equal(Id("B2"), replaced.Order.OrigClientOrderId);
        Assert.Equal(book.FindOrder(Bob, Id("B1")), book.FindOrder(Bob, Id("B3")));
    }

    [Fact]
    public void Replace_of_a_waiting_stop_that_is_already_through_the_last_trade_triggers_it()
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 1, 100m), T0);
        book.Submit(Limit(Carol, "C1", OrderSide.Buy, 1, 100m), T0);
        book.Submit(Limit(Alice, "A2", OrderSide.Sell, 5, 101m), T0);
        book.Submit(Stop(Bob, "B1", OrderSide.Buy, 2, 105m), T0);

        var events = book.Replace(new ReplaceOrderRequest(Bob, Id("B2"), TestInstrument.Id, OrderSide.Buy, OrderType.Stop, new Quantity(2), null, new Price(100m), Id("B1")), At(1));

        Assert.Equal("Replaced Triggered Filled Filled", events.Kinds());
        Assert.Equal(new Price(101m), events.FillsOf("B2").Single().Price);
    }

    [Fact]
    public void Cancel_for_another_instrument_is_refused_as_unknown_order()
    {
        var book = NewBook();
        book.Submit(Limit(Bob, "B1", OrderSide.Buy, 10, 99m), T0);

        var reject = book.Cancel(new CancelOrderRequest(Bob, Id("B-cxl"), new InstrumentId("ELSE.XSIM"), Id("B1")), At(1)).One<CancelRejected>();

        Assert.Equal(CancelRejectReason.UnknownOrder, reject.Reason);
        Assert.Equal(1, book.OpenOrderCount);
    }
}
