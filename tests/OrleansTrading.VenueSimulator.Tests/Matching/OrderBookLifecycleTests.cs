using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.VenueSimulator.Matching;
using static OrleansTrading.VenueSimulator.Tests.Matching.TestMarket;

namespace OrleansTrading.VenueSimulator.Tests.Matching;

public sealed class OrderBookLifecycleTests
{
    [Fact]
    public void Status_request_reports_the_order_by_client_or_venue_order_id_without_changing_it()
    {
        var book = NewBook();
        var accepted = book.Submit(Limit(Bob, "B1", OrderSide.Buy, 5, 99m), T0).One<OrderAccepted>().Order;

        var byClientId = book.ReportStatus(new OrderStatusRequest(Bob, TestInstrument.Id, Id("B1")), At(1)).One<OrderStatusReported>();
        var byVenueId = book.ReportStatus(new OrderStatusRequest(Bob, TestInstrument.Id, VenueOrderId: accepted.VenueOrderId), At(2)).One<OrderStatusReported>();

        Assert.Equal(accepted, byClientId.Order);
        Assert.Equal(accepted, byVenueId.Order);
        Assert.NotEqual(byClientId.ExecId, byVenueId.ExecId);
    }

    [Fact]
    public void Status_of_a_done_order_is_still_reported_until_the_end_of_day()
    {
        var book = NewBook();
        book.Submit(Limit(Bob, "B1", OrderSide.Buy, 5, 100m), T0);
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 5, 100m), T0);

        var report = book.ReportStatus(new OrderStatusRequest(Bob, TestInstrument.Id, Id("B1")), At(1)).One<OrderStatusReported>();
        book.EndOfDay(At(2));
        var afterClose = book.ReportStatus(new OrderStatusRequest(Bob, TestInstrument.Id, Id("B1")), At(3));

        Assert.Equal(OrderStatus.Filled, report.Order.Status);
        Assert.Equal(new Price(100m), report.Order.AveragePrice);
        Assert.Contains("no order with ClOrdID 'B1'", afterClose.One<OrderStatusRejected>().Text, StringComparison.Ordinal);
        Assert.False(book.IsClientOrderIdInUse(Bob, Id("B1")));
    }

    [Fact]
    public void Status_request_for_an_unknown_order_is_refused_with_a_reason()
    {
        var book = NewBook();

        var rejected = book.ReportStatus(new OrderStatusRequest(Bob, TestInstrument.Id, Id("nope")), T0).One<OrderStatusRejected>();

        Assert.Equal(Bob, rejected.Recipient);
        Assert.Equal(Id("nope"), rejected.ClientOrderId);
    }

    [Fact]
    public void Mass_status_reports_every_open_order_of_the_participant_oldest_first_and_nothing_else()
    {
        var book = NewBook();
        book.Submit(Limit(Bob, "B1", OrderSide.Buy, 5, 99m), T0);
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 5, 101m), T0);
        book.Submit(Stop(Bob, "B2", OrderSide.Sell, 5, 90m), T0);
        book.Submit(Limit(Bob, "B3", OrderSide.Buy, 1, 101m), T0);

        var reports = book.ReportMassStatus(Bob, At(1));

        Assert.Equal([Id("B1"), Id("B2")], reports.All<OrderStatusReported>().Select(r => r.Order.ClientOrderId));
        Assert.Empty(book.ReportMassStatus(Carol, At(1)));
    }

    [Fact]
    public void End_of_day_expires_day_orders_and_waiting_stops_but_keeps_gtc_and_later_gtd_orders()
    {
        var book = NewBook();
        book.Submit(Limit(Bob, "day", OrderSide.Buy, 1, 95m), T0);
        book.Submit(Limit(Bob, "gtc", OrderSide.Buy, 1, 96m, TimeInForce.Gtc), T0);
        book.Submit(Limit(Bob, "gtd-later", OrderSide.Buy, 1, 97m, TimeInForce.Gtd) with { ExpireAt = At(7200) }, T0);
        book.Submit(Limit(Bob, "gtd-due", OrderSide.Buy, 1, 98m, TimeInForce.Gtd) with { ExpireAt = At(60) }, T0);
        book.Submit(Stop(Bob, "stop", OrderSide.Sell, 1, 90m), T0);

        var events = book.EndOfDay(At(3600));

        var expired = events.All<OrderExpired>().ToDictionary(e => e.Order.ClientOrderId.Value, e => e.Reason);
        Assert.Equal(new Dictionary<string, ExpiryReason>
        {
            ["day"] = ExpiryReason.EndOfDay,
            ["gtd-due"] = ExpiryReason.ExpireTimeReached,
            ["stop"] = ExpiryReason.EndOfDay,
        }, expired);
        Assert.Equal([Id("gtc"), Id("gtd-later")], book.OpenOrders().Select(o => o.ClientOrderId));
        Assert.All(events.All<OrderExpired>(), e => Assert.Equal(Quantity.Zero, e.Order.LeavesQuantity));
    }

    [Fact]
    public void Expire_orders_expires_only_gtd_orders_that_are_due()
    {
        var book = NewBook();
        book.Submit(Limit(Bob, "soon", OrderSide.Buy, 1, 95m, TimeInForce.Gtd) with { ExpireAt = At(60) }, T0);
        book.Submit(Limit(Bob, "later", OrderSide.Buy, 1, 96m, TimeInForce.Gtd) with { ExpireAt = At(120) }, T0);
        book.Submit(Limit(Bob, "day", OrderSide.Buy, 1, 97m), T0);

        var atDue = book.ExpireOrders(At(60));

        var expired = atDue.One<OrderExpired>();
        Assert.Equal(Id("soon"), expired.Order.ClientOrderId);
        Assert.Equal(ExpiryReason.ExpireTimeReached, expired.Reason);
        Assert.Equal(2, book.OpenOrderCount);
    }

    [Fact]
    public void Client_order_ids_of_orders_still_open_after_the_end_of_day_stay_taken()
    {
        var book = NewBook();
        book.Submit(Limit(Bob, "gtc", OrderSide.Buy, 1, 96m, TimeInForce.Gtc), T0);
        book.EndOfDay(At(1));

        var events = book.Submit(Limit(Bob, "gtc", OrderSide.Buy, 1, 95m), At(2));

        Assert.Equal(OrderRejectReason.DuplicateOrder, events.One<OrderRejected>().Reason);
    }
}
