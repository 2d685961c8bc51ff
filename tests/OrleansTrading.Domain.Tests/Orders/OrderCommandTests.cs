using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Orders.Events;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using static OrleansTrading.Domain.Tests.Orders.OrderTestKit;

namespace OrleansTrading.Domain.Tests.Orders;

public sealed class OrderCommandTests
{
    private static readonly ClientOrderId CancelId = new("C-2");

    [Fact]
    public void Created_order_is_initialized_with_its_specification_and_one_event()
    {
        var result = Order.Create(LimitSpec(), Equity, T0);
        Assert.True(result.Succeeded);
        var order = result.Order;
        Assert.Equal(OrderStatus.Initialized, order.Status);
        Assert.Equal((OrderId, OrderId, new Quantity(100m), new Price(150m)), (order.Id, order.ClientOrderId, order.Quantity, order.LimitPrice!.Value));
        Assert.Equal([OrderId], order.ClientOrderIds);
        Assert.Equal(new Quantity(100m), order.LeavesQty);
        Assert.Equal(LimitSpec(), result.Initialized.Specification);
        Assert.Null(order.ExpiresAt);
    }

    [Fact]
    public void Day_order_expires_at_the_close_of_its_trading_day()
    {
        // 15:00 UTC on 12 March 2025 is 11:00 in New York (EDT): the session closes at 16:00 EDT = 20:00 UTC.
        var order = NewOrder(LimitSpec(timeInForce: TimeInForce.Day));
        Assert.Equal(UnixNanos.FromDateTime(new DateTime(2025, 3, 12, 20, 0, 0, DateTimeKind.Utc)), order.ExpiresAt);
    }

    [Fact]
    public void Day_order_placed_after_the_close_expires_at_the_next_trading_days_close()
    {
        // Friday 14 March 2025, 21:00 UTC = 17:00 EDT, after the close: the order is for Monday 17 March.
        var friday = UnixNanos.FromDateTime(new DateTime(2025, 3, 14, 21, 0, 0, DateTimeKind.Utc));
        var order = Order.Create(LimitSpec(timeInForce: TimeInForce.Day), Equity, friday).Order!;
        Assert.Equal(UnixNanos.FromDateTime(new DateTime(2025, 3, 17, 20, 0, 0, DateTimeKind.Utc)), order.ExpiresAt);
    }

    [Fact]
    public void Gtd_order_expires_at_its_expire_time()
    {
        var expireTime = T0.AddNanos(UnixNanos.NanosPerDay * 3);
        var order = NewOrder(LimitSpec(timeInForce: TimeInForce.Gtd) with { ExpireTime = expireTime });
        Assert.Equal(expireTime, order.ExpiresAt);
    }

    [Fact]
    public void Submitting_moves_initialized_to_pending_new_once()
    {
        var order = NewOrder();
        var result = order.MarkSubmitted(At(1));
        Assert.True(result.Succeeded);
        Assert.Equal(OrderStatus.PendingNew, order.Status);
        var submitted = Assert.IsType<OrderSubmitted>(Assert.Single(result.Events));
        Assert.Equal((Xnas, At(1)), (submitted.Venue, submitted.TsEvent));

        var again = order.MarkSubmitted(At(2));
        Assert.False(again.Succeeded);
        Assert.Equal(OrderValidationCodes.StatusDoesNotAllow, Assert.Single(again.Errors).Code);
    }

    [Fact]
    public void Platform_rejects_only_orders_it_has_not_sent()
    {
        var order = NewOrder();
        var rejected = Assert.IsType<OrderRejected>(Assert.Single(order.Reject("risk: max notional", At(1)).Events));
        Assert.Equal((RejectionSource.Platform, OrderStatus.Rejected), (rejected.Source, order.Status));

        var sent = Submitted();
        Assert.Equal(OrderValidationCodes.StatusDoesNotAllow, Assert.Single(sent.Reject("late", At(1)).Errors).Code);
        Assert.Equal(OrderStatus.PendingNew, sent.Status);
    }

    [Fact]
    public void A_sent_order_the_venue_never_acknowledged_can_be_rejected_as_undelivered()
    {
        var order = Submitted();

        var result = order.RejectUndelivered("unknown to the venue at recovery", At(2));

        var rejected = Assert.IsType<OrderRejected>(Assert.Single(result.Events));
        Assert.Equal((RejectionSource.Platform, "unknown to the venue at recovery"), (rejected.Source, rejected.Reason));
        Assert.Equal(OrderStatus.Rejected, order.Status);
    }

    [Fact]
    public void A_cancel_requested_before_any_acknowledgement_goes_with_an_undelivered_order()
    {
        var order = Submitted();
        Assert.True(order.RequestCancel(CancelId, At(1)).Succeeded);

        var result = order.RejectUndelivered("unknown to the venue at recovery", At(2));

        Assert.IsType<OrderRejected>(Assert.Single(result.Events));
        Assert.Equal(OrderStatus.Rejected, order.Status);
        Assert.Null(order.PendingRequest);
        Assert.Equal(Quantity.Zero, order.LeavesQty);
    }

    [Fact]
    public void Once_the_venue_answered_only_the_venue_decides()
    {
        var unsent = NewOrder();
        var acknowledged = Acknowledged();
        var cancellingAcknowledged = Acknowledged();
        Assert.True(cancellingAcknowledged.RequestCancel(CancelId, At(1)).Succeeded);

        foreach (var order in new[] { unsent, acknowledged, cancellingAcknowledged })
        {
            var before = order.Status;
            var result = order.RejectUndelivered("late", At(2));

            Assert.Equal(OrderValidationCodes.StatusDoesNotAllow, Assert.Single(result.Errors).Code);
            Assert.Equal(before, order.Status);
        }
    }

    [Fact]
    public void Canceling_an_order_not_yet_sent_cancels_it_at_once()
    {
        var order = NewOrder();
        var result = order.RequestCancel(CancelId, At(1));
        Assert.IsType<OrderCanceled>(Assert.Single(result.Events));
        Assert.Equal(OrderStatus.Canceled, order.Status);
        Assert.Equal(Quantity.Zero, order.LeavesQty);
    }

    [Fact]
    public void Cancel_request_moves_to_pending_cancel_and_remembers_the_status_before()
    {
        var order = Acknowledged();
        var result = order.RequestCancel(CancelId, At(1));
        var requested = Assert.IsType<OrderCancelRequested>(Assert.Single(result.Events));
        Assert.Equal((CancelId, OrderId), (requested.ClientOrderId, requested.OrigClientOrderId));
        Assert.Equal(OrderStatus.PendingCancel, order.Status);
        Assert.Equal(OrderStatus.New, order.StatusBeforePendingRequest);
        Assert.Equal(PendingRequestKind.Cancel, order.PendingRequest!.Kind);
        Assert.Equal([OrderId, CancelId], order.ClientOrderIds);
        Assert.Equal(OrderId, order.ClientOrderId);
    }

    [Fact]
    public void A_second_request_while_one_is_pending_is_refused_and_changes_nothing()
    {
        var order = Acknowledged();
        order.RequestCancel(CancelId, At(1));
        var before = order.ToSnapshot();

        var result = order.RequestReplace(new ReplaceRequest(new("C-3")) { Quantity = new Quantity(50m) }, Equity, At(2));

        Assert.Equal(OrderValidationCodes.RequestPending, Assert.Single(result.Errors).Code);
        Assert.Equal(before, order.ToSnapshot());
    }

    [Fact]
    public void A_request_reusing_a_client_order_id_is_refused()
    {
        var order = Acknowledged();
        Assert.Equal(OrderValidationCodes.DuplicateClientOrderId, Assert.Single(order.RequestCancel(OrderId, At(1)).Errors).Code);
        Assert.Equal(OrderStatus.New, order.Status);
    }

    [Fact]
    public void Closed_orders_cannot_be_canceled_or_replaced()
    {
        var order = Acknowledged();
        order.Apply(Trade("E-1", 100m, 150m, 100m), At(1));
        Assert.Equal(OrderValidationCodes.OrderClosed, Assert.Single(order.RequestCancel(CancelId, At(2)).Errors).Code);
        Assert.Equal(OrderValidationCodes.OrderClosed, Assert.Single(order.RequestReplace(new(CancelId) { Quantity = new Quantity(200m) }, Equity, At(2)).Errors).Code);
    }

    [Fact]
    public void Replace_request_is_pending_until_the_venue_confirms()
    {
        var order = Acknowledged();
        var result = order.RequestReplace(new ReplaceRequest(new("C-2")) { Quantity = new Quantity(80m), LimitPrice = new Price(151m) }, Equity, At(1));

        var requested = Assert.IsType<OrderReplaceRequested>(Assert.Single(result.Events));
        Assert.Equal((new Quantity(80m), new Price(151m)), (requested.Quantity!.Value, requested.LimitPrice!.Value));
        Assert.Equal(OrderStatus.PendingReplace, order.Status);
        Assert.Equal((new Quantity(100m), new Price(150m), OrderId), (order.Quantity, order.LimitPrice!.Value, order.ClientOrderId));
    }

    [Fact]
    public void Replace_of_an_order_not_yet_sent_amends_it_at_once()
    {
        var order = NewOrder();
        var replaced = Assert.IsType<OrderReplaced>(Assert.Single(order.RequestReplace(new ReplaceRequest(new("C-2")) { Quantity = new Quantity(60m) }, Equity, At(1)).Events));
        Assert.Equal((OrderStatus.Initialized, new Quantity(60m), new ClientOrderId("C-2")), (order.Status, order.Quantity, order.ClientOrderId));
        Assert.Equal(OrderId, replaced.OrigClientOrderId);
    }

    [Fact]
    public void Replace_below_the_filled_quantity_is_refused()
    {
        var order = Acknowledged();
        order.Apply(Trade("E-1", 40m, 150m, 40m), At(1));
        var result = order.RequestReplace(new ReplaceRequest(new("C-2")) { Quantity = new Quantity(30m) }, Equity, At(2));
        var error = Assert.Single(result.Errors);
        Assert.Equal((OrderSpecification.Fields.Quantity, OrderValidationCodes.QuantityBelowFilled), (error.Field, error.Code));
        Assert.Equal(OrderStatus.PartiallyFilled, order.Status);
    }

    [Fact]
    public void Replace_values_are_checked_against_the_instrument_and_the_order_type()
    {
        var order = Acknowledged();
        var errors = order.RequestReplace(
            new ReplaceRequest(new("C-2")) { Quantity = new Quantity(10.5m), LimitPrice = new Price(150.001m), StopPrice = new Price(149m) },
            Equity,
            At(1)).Errors;
        Assert.Equal(
            [InstrumentValidationCodes.QuantityNotLotMultiple, InstrumentValidationCodes.PriceOffTickGrid, OrderValidationCodes.StopPriceNotAllowed],
            errors.Select(e => e.Code));
        Assert.Equal(OrderStatus.New, order.Status);
    }

    [Fact]
    public void Replace_that_changes_nothing_is_refused()
    {
        var order = Acknowledged();
        var result = order.RequestReplace(new ReplaceRequest(new("C-2")) { LimitPrice = new Price(150m) }, Equity, At(1));
        Assert.Equal(OrderValidationCodes.ReplaceChangesNothing, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Replace_before_the_acknowledgement_is_refused()
    {
        var order = Submitted();
        var result = order.RequestReplace(new ReplaceRequest(new("C-2")) { Quantity = new Quantity(50m) }, Equity, At(1));
        Assert.Equal(OrderValidationCodes.StatusDoesNotAllow, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Day_order_expires_only_once_its_session_has_ended()
    {
        var order = Acknowledged(LimitSpec(timeInForce: TimeInForce.Day));
        var close = order.ExpiresAt!.Value;

        Assert.False(order.IsExpiryDue(close.AddNanos(-1)));
        Assert.Equal(OrderValidationCodes.ExpiryNotDue, Assert.Single(order.Expire(close.AddNanos(-1)).Errors).Code);

        Assert.True(order.IsExpiryDue(close));
        var expired = Assert.IsType<OrderExpired>(Assert.Single(order.Expire(close).Events));
        Assert.Null(expired.ExecId);
        Assert.Equal(OrderStatus.Expired, order.Status);
        Assert.False(order.IsExpiryDue(close));
        Assert.Equal(OrderValidationCodes.OrderClosed, Assert.Single(order.Expire(close).Errors).Code);
    }

    [Fact]
    public void Expiry_while_a_cancel_is_pending_closes_the_order()
    {
        var order = Acknowledged(LimitSpec(timeInForce: TimeInForce.Day));
        order.RequestCancel(CancelId, At(1));
        Assert.True(order.Expire(order.ExpiresAt!.Value).Succeeded);
        Assert.Equal(OrderStatus.Expired, order.Status);
        Assert.Null(order.PendingRequest);
    }

    [Fact]
    public void Gtc_orders_do_not_expire()
    {
        var order = Acknowledged();
        Assert.False(order.IsExpiryDue(new UnixNanos(long.MaxValue)));
        Assert.Equal(OrderValidationCodes.NotExpirable, Assert.Single(order.Expire(new UnixNanos(long.MaxValue)).Errors).Code);
    }
}
