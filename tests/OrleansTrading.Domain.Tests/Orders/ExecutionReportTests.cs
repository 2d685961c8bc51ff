using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Orders.Events;
using OrleansTrading.Domain.Values;
using static OrleansTrading.Domain.Tests.Orders.OrderTestKit;

namespace OrleansTrading.Domain.Tests.Orders;

public sealed class ExecutionReportTests
{
    [Fact]
    public void Acknowledgement_moves_pending_new_to_new_and_records_the_venue_order_id()
    {
        var order = Submitted();
        var outcome = order.Apply(Ack(), At(1));

        Assert.Equal(ExecutionOutcomeKind.Applied, outcome.Kind);
        var accepted = Assert.IsType<OrderAccepted>(Assert.Single(outcome.Events));
        Assert.Equal((new VenueOrderId("V-1"), T0, At(1)), (accepted.VenueOrderId, accepted.TsEvent, accepted.TsInit));
        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Equal(new VenueOrderId("V-1"), order.VenueOrderId);
    }

    [Fact]
    public void Partial_fill_updates_quantities_and_produces_a_fill_for_the_position()
    {
        var order = Acknowledged();
        var outcome = order.Apply(Trade("E-1", 30m, 150.10m, 30m), At(1));

        Assert.Equal(ExecutionOutcomeKind.Applied, outcome.Kind);
        Assert.Equal(OrderStatus.PartiallyFilled, order.Status);
        Assert.Equal((new Quantity(30m), new Quantity(70m), new Price(150.10m)), (order.CumQty, order.LeavesQty, order.AvgPx));
        var fill = outcome.Fill!;
        Assert.Equal((OrderId, OrderSide.Buy, new Quantity(30m), new Price(150.10m)), (fill.ClientOrderId, fill.Side, fill.Quantity, fill.Price));
        Assert.Equal(Money.Zero(Currency.Usd), fill.Commission);
        Assert.Equal((new ExecId("E-1"), Xnas, new VenueOrderId("V-1")), (fill.ExecId!.Value, fill.Venue!.Value, fill.VenueOrderId!.Value));
        Assert.Equal(FillIds.Derive(Xnas, OrderId, new ExecId("E-1")), fill.FillId);
        var filled = Assert.IsType<OrderFilled>(Assert.Single(outcome.Events));
        Assert.Equal((fill, OrderStatus.PartiallyFilled, new Quantity(70m)), (filled.Fill, filled.Status, filled.LeavesQty));
    }

    [Fact]
    public void Average_price_is_the_exact_volume_weighted_price_of_the_fills()
    {
        var order = Acknowledged();
        order.Apply(Trade("E-1", 30m, 150.01m, 30m), At(1));
        order.Apply(Trade("E-2", 70m, 150.02m, 100m), At(2));

        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(((30m * 150.01m) + (70m * 150.02m)) / 100m, order.AvgPx.Value);
        Assert.Equal(150.017m, order.AvgPx.Value);
        Assert.Equal(Quantity.Zero, order.LeavesQty);
    }

    [Fact]
    public void Venue_commission_is_carried_on_the_fill()
    {
        var order = Acknowledged();
        var outcome = order.Apply(Trade("E-1", 10m, 150m, 10m) with { Commission = new Money(0.35m, Currency.Usd) }, At(1));
        Assert.Equal(new Money(0.35m, Currency.Usd), outcome.Fill!.Commission);
    }

    [Fact]
    public void Fill_is_applied_once_when_execution_report_is_redelivered()
    {
        var order = Acknowledged();
        var report = Trade("E-1", 30m, 150m, 30m);
        order.Apply(report, At(1));
        var before = order.ToSnapshot();

        var outcome = order.Apply(report with { PossDup = true }, At(2));

        Assert.Equal(ExecutionOutcomeKind.Duplicate, outcome.Kind);
        Assert.False(outcome.StateChanged);
        Assert.Null(outcome.Fill);
        Assert.True(Assert.IsType<DuplicateExecutionIgnored>(Assert.Single(outcome.Events)).PossDup);
        Assert.Equal(before, order.ToSnapshot());
    }

    [Fact]
    public void Redelivery_after_a_restart_is_still_a_duplicate_and_derives_the_same_fill_id()
    {
        var order = Acknowledged();
        var report = Trade("E-1", 30m, 150m, 30m);
        var first = order.Apply(report, At(1)).Fill!;

        var restored = Order.Restore(order.ToSnapshot());

        Assert.Equal(ExecutionOutcomeKind.Duplicate, restored.Apply(report, At(2)).Kind);
        Assert.Equal(first.FillId, FillIds.Derive(Xnas, restored.Id, report.ExecId));
        Assert.Equal(first, Assert.Single(restored.Fills));
    }

    [Fact]
    public void Overfill_is_reported_and_not_applied()
    {
        var order = Acknowledged();
        order.Apply(Trade("E-1", 80m, 150m, 80m), At(1));
        var before = order.ToSnapshot();

        var outcome = order.Apply(Trade("E-2", 30m, 150m, 110m), At(2));

        Assert.Equal(ExecutionOutcomeKind.Overfill, outcome.Kind);
        Assert.Equal(ExecutionReasonCodes.Overfill, outcome.Code);
        var overfill = Assert.IsType<OverfillDetected>(Assert.Single(outcome.Events));
        Assert.Equal((new Quantity(100m), new Quantity(80m), new Quantity(30m)), (overfill.OrderQty, overfill.CumQty, overfill.LastQty));
        Assert.Null(outcome.Fill);
        Assert.Equal(before, order.ToSnapshot());
        Assert.False(order.HasRecorded(new ExecId("E-2")));
    }

    [Fact]
    public void Fill_after_the_order_is_filled_is_an_overfill()
    {
        var order = Acknowledged();
        order.Apply(Trade("E-1", 100m, 150m, 100m), At(1));
        Assert.Equal(ExecutionOutcomeKind.Overfill, order.Apply(Trade("E-2", 1m, 150m, 101m), At(2)).Kind);
        Assert.Equal(OrderStatus.Filled, order.Status);
    }

    [Fact]
    public void Venue_cum_qty_that_disagrees_with_the_fills_seen_is_reported_and_not_applied()
    {
        var order = Acknowledged();
        order.Apply(Trade("E-1", 20m, 150m, 20m), At(1));
        var before = order.ToSnapshot();

        // A fill of 10 whose CumQty says 50: 20 are missing somewhere.
        var outcome = order.Apply(Trade("E-3", 10m, 150m, 50m), At(2));

        Assert.Equal(ExecutionOutcomeKind.CumQtyMismatch, outcome.Kind);
        var mismatch = Assert.IsType<CumQtyMismatchDetected>(Assert.Single(outcome.Events));
        Assert.Equal((new Quantity(20m), new Quantity(10m), new Quantity(50m)), (mismatch.CumQty, mismatch.LastQty, mismatch.VenueCumQty));
        Assert.Equal(before, order.ToSnapshot());

        // Once the missing execution arrives, the held-back report applies cleanly when it is redelivered.
        Assert.Equal(ExecutionOutcomeKind.Applied, order.Apply(Trade("E-2", 20m, 150m, 40m), At(3)).Kind);
        Assert.Equal(ExecutionOutcomeKind.Applied, order.Apply(Trade("E-3", 10m, 150m, 50m), At(4)).Kind);
        Assert.Equal(new Quantity(50m), order.CumQty);
    }

    [Fact]
    public void Fill_before_the_acknowledgement_is_applied_and_the_late_ack_does_not_regress_the_status()
    {
        var order = Submitted();
        Assert.Equal(ExecutionOutcomeKind.Applied, order.Apply(Trade("E-1", 40m, 150m, 40m), At(1)).Kind);
        Assert.Equal(OrderStatus.PartiallyFilled, order.Status);

        var late = order.Apply(Ack("E-ack"), At(2));

        Assert.Equal(ExecutionOutcomeKind.Stale, late.Kind);
        var stale = Assert.IsType<StaleExecutionIgnored>(Assert.Single(late.Events));
        Assert.Equal((OrderStatus.New, OrderStatus.PartiallyFilled), (stale.ReportedStatus, stale.Status));
        Assert.Equal(OrderStatus.PartiallyFilled, order.Status);
        Assert.True(order.HasRecorded(new ExecId("E-ack")));
    }

    [Fact]
    public void Complete_fill_before_the_acknowledgement_fills_the_order()
    {
        var order = Submitted();
        order.Apply(Trade("E-1", 100m, 150m, 100m), At(1));
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(ExecutionOutcomeKind.Stale, order.Apply(Ack(), At(2)).Kind);
        Assert.Equal(OrderStatus.Filled, order.Status);
    }

    [Fact]
    public void Late_pending_new_after_new_is_stale()
    {
        var order = Acknowledged();
        Assert.Equal(ExecutionOutcomeKind.Stale, order.Apply(Report(ExecType.PendingNew, OrderStatus.PendingNew, "E-pn"), At(1)).Kind);
        Assert.Equal(OrderStatus.New, order.Status);
    }

    [Fact]
    public void Cancel_racing_a_partial_fill_ends_canceled_with_the_fill_kept()
    {
        var order = Acknowledged();
        order.RequestCancel(new("C-2"), At(1));

        var fill = order.Apply(Trade("E-1", 30m, 150m, 30m) with { OrdStatus = OrderStatus.PendingCancel }, At(2));
        Assert.Equal(OrderStatus.PendingCancel, order.Status);
        Assert.Equal(OrderStatus.PartiallyFilled, order.StatusBeforePendingRequest);
        Assert.Equal(OrderStatus.PendingCancel, Assert.IsType<OrderFilled>(Assert.Single(fill.Events)).Status);

        var canceled = order.Apply(Canceled("E-2", cumQty: 30m, clientOrderId: "C-2"), At(3));

        Assert.Equal(ExecutionOutcomeKind.Applied, canceled.Kind);
        Assert.Equal(new Quantity(30m), Assert.IsType<OrderCanceled>(Assert.Single(canceled.Events)).CumQty);
        Assert.Equal((OrderStatus.Canceled, new Quantity(30m), Quantity.Zero), (order.Status, order.CumQty, order.LeavesQty));
        Assert.Null(order.PendingRequest);
    }

    [Fact]
    public void Fill_that_completes_the_order_while_a_cancel_is_pending_fills_it()
    {
        var order = Acknowledged();
        order.RequestCancel(new("C-2"), At(1));
        order.Apply(Trade("E-1", 100m, 150m, 100m), At(2));
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Null(order.PendingRequest);
        Assert.Null(order.StatusBeforePendingRequest);
    }

    [Fact]
    public void Cancel_reject_restores_the_status_before_the_request_including_fills_since()
    {
        var order = Acknowledged();
        order.RequestCancel(new("C-2"), At(1));
        order.Apply(Trade("E-1", 30m, 150m, 30m), At(2));

        var outcome = order.Apply(CancelRejectFor("C-2"), At(3));

        Assert.Equal(ExecutionOutcomeKind.Applied, outcome.Kind);
        var rejected = Assert.IsType<CancelRejected>(Assert.Single(outcome.Events));
        Assert.Equal((new ClientOrderId("C-2"), OrderStatus.PartiallyFilled, CancelRejectReason.TooLateToCancel), (rejected.ClientOrderId, rejected.Status, rejected.Reason));
        Assert.Equal(OrderStatus.PartiallyFilled, order.Status);
        Assert.Null(order.PendingRequest);
        Assert.Equal(OrderId, order.ClientOrderId);
    }

    [Fact]
    public void Cancel_reject_before_the_acknowledgement_restores_pending_new()
    {
        var order = Submitted();
        order.RequestCancel(new("C-2"), At(1));
        order.Apply(CancelRejectFor("C-2"), At(2));
        Assert.Equal(OrderStatus.PendingNew, order.Status);
    }

    [Fact]
    public void Acknowledgement_while_a_cancel_is_pending_updates_the_status_to_restore()
    {
        var order = Submitted();
        order.RequestCancel(new("C-2"), At(1));
        var outcome = order.Apply(Ack(), At(2));
        Assert.IsType<OrderAccepted>(Assert.Single(outcome.Events));
        Assert.Equal((OrderStatus.PendingCancel, OrderStatus.New), (order.Status, order.StatusBeforePendingRequest));
    }

    [Fact]
    public void Late_cancel_reject_after_the_order_filled_is_accepted_without_a_state_change()
    {
        var order = Acknowledged();
        order.RequestCancel(new("C-2"), At(1));
        order.Apply(Trade("E-1", 100m, 150m, 100m), At(2));
        var before = order.ToSnapshot();

        var outcome = order.Apply(CancelRejectFor("C-2") with { OrdStatus = OrderStatus.Filled }, At(3));

        Assert.Equal(ExecutionOutcomeKind.Acknowledged, outcome.Kind);
        Assert.False(outcome.StateChanged);
        var rejected = Assert.IsType<CancelRejected>(Assert.Single(outcome.Events));
        Assert.Equal((OrderStatus.Filled, OrderStatus.Filled), (rejected.Status, rejected.VenueStatus));
        Assert.Equal(before, order.ToSnapshot());
    }

    [Fact]
    public void Cancel_reject_for_an_unknown_client_order_id_is_refused()
    {
        var order = Acknowledged();
        var outcome = order.Apply(CancelRejectFor("X-9") with { OrigClientOrderId = null }, At(1));
        Assert.Equal((ExecutionOutcomeKind.Refused, ExecutionReasonCodes.UnknownOrder), (outcome.Kind, outcome.Code));
    }

    [Fact]
    public void Replaced_updates_quantity_price_and_client_order_id_and_keeps_the_chain()
    {
        var order = Acknowledged();
        order.Apply(Trade("E-1", 20m, 150m, 20m), At(1));
        order.RequestReplace(new ReplaceRequest(new("C-2")) { Quantity = new Quantity(60m), LimitPrice = new Price(151m) }, Equity, At(2));

        var outcome = order.Apply(Report(ExecType.Replaced, OrderStatus.PartiallyFilled, "E-2", cumQty: 20m, clientOrderId: "C-2", orderQty: 60m) with
        {
            OrigClientOrderId = OrderId,
            OrderQty = new Quantity(60m),
            LimitPrice = new Price(151m),
        }, At(3));

        var replaced = Assert.IsType<OrderReplaced>(Assert.Single(outcome.Events));
        Assert.Equal((new ClientOrderId("C-2"), OrderId, OrderStatus.PartiallyFilled), (replaced.ClientOrderId, replaced.OrigClientOrderId, replaced.Status));
        Assert.Equal((new Quantity(60m), new Price(151m), new ClientOrderId("C-2")), (order.Quantity, order.LimitPrice!.Value, order.ClientOrderId));
        Assert.Equal((OrderStatus.PartiallyFilled, new Quantity(40m)), (order.Status, order.LeavesQty));
        Assert.Equal([OrderId, new ClientOrderId("C-2")], order.ClientOrderIds);

        // Reports naming the original id still belong to the order; the next request refers to C-2.
        Assert.Equal(ExecutionOutcomeKind.Applied, order.Apply(Trade("E-3", 10m, 151m, 30m, 60m, clientOrderId: "C-1"), At(4)).Kind);
        order.RequestCancel(new("C-3"), At(5));
        Assert.Equal(new ClientOrderId("C-2"), order.PendingRequest!.OrigClientOrderId);
    }

    [Fact]
    public void Replaced_with_the_requested_values_when_the_venue_does_not_repeat_them()
    {
        var order = Acknowledged();
        order.RequestReplace(new ReplaceRequest(new("C-2")) { LimitPrice = new Price(149.5m) }, Equity, At(1));
        order.Apply(Report(ExecType.Replaced, OrderStatus.New, "E-2", clientOrderId: "C-2"), At(2));
        Assert.Equal((OrderStatus.New, new Price(149.5m), new Quantity(100m)), (order.Status, order.LimitPrice!.Value, order.Quantity));
    }

    [Fact]
    public void Replace_reject_keeps_the_previous_values_and_client_order_id()
    {
        var order = Acknowledged();
        order.RequestReplace(new ReplaceRequest(new("C-2")) { Quantity = new Quantity(50m) }, Equity, At(1));

        var outcome = order.Apply(CancelRejectFor("C-2", CancelRejectResponseTo.CancelReplaceRequest), At(2));

        Assert.Equal(OrderStatus.New, Assert.IsType<ReplaceRejected>(Assert.Single(outcome.Events)).Status);
        Assert.Equal((OrderStatus.New, new Quantity(100m), OrderId), (order.Status, order.Quantity, order.ClientOrderId));
    }

    [Fact]
    public void Replace_refused_by_an_execution_report_reject_restores_the_status()
    {
        var order = Acknowledged();
        order.RequestReplace(new ReplaceRequest(new("C-2")) { Quantity = new Quantity(50m) }, Equity, At(1));
        var outcome = order.Apply(Report(ExecType.Rejected, OrderStatus.New, "E-2", clientOrderId: "C-2"), At(2));
        Assert.IsType<ReplaceRejected>(Assert.Single(outcome.Events));
        Assert.Equal(OrderStatus.New, order.Status);
    }

    [Fact]
    public void Replace_down_to_the_filled_quantity_fills_the_order()
    {
        var order = Acknowledged();
        order.Apply(Trade("E-1", 40m, 150m, 40m), At(1));
        order.RequestReplace(new ReplaceRequest(new("C-2")) { Quantity = new Quantity(40m) }, Equity, At(2));
        order.Apply(Report(ExecType.Replaced, OrderStatus.Filled, "E-2", cumQty: 40m, clientOrderId: "C-2", orderQty: 40m), At(3));
        Assert.Equal((OrderStatus.Filled, Quantity.Zero), (order.Status, order.LeavesQty));
    }

    [Fact]
    public void Replaced_report_below_the_filled_quantity_is_refused()
    {
        var order = Acknowledged();
        order.Apply(Trade("E-1", 40m, 150m, 40m), At(1));
        order.RequestReplace(new ReplaceRequest(new("C-2")) { Quantity = new Quantity(50m) }, Equity, At(2));
        var before = order.ToSnapshot();

        var outcome = order.Apply(Report(ExecType.Replaced, OrderStatus.PartiallyFilled, "E-2", cumQty: 40m, clientOrderId: "C-2") with { OrderQty = new Quantity(30m) }, At(3));

        Assert.Equal((ExecutionOutcomeKind.Refused, ExecutionReasonCodes.QuantityBelowFilled), (outcome.Kind, outcome.Code));
        Assert.Equal(before, order.ToSnapshot());
    }

    [Fact]
    public void Replaced_report_without_a_pending_replace_is_refused()
    {
        var order = Acknowledged();
        var outcome = order.Apply(Report(ExecType.Replaced, OrderStatus.New, "E-2"), At(1));
        Assert.Equal((ExecutionOutcomeKind.Refused, ExecutionReasonCodes.NoMatchingReplace), (outcome.Kind, outcome.Code));
        Assert.IsType<ExecutionReportRefused>(Assert.Single(outcome.Events));
    }

    [Fact]
    public void Report_for_an_unknown_client_order_id_is_refused()
    {
        var order = Acknowledged();
        var outcome = order.Apply(Report(ExecType.Trade, OrderStatus.PartiallyFilled, "E-1", 10m, 10m, 150m, clientOrderId: "OTHER") with { VenueOrderId = new VenueOrderId("V-OTHER") }, At(1));
        Assert.Equal((ExecutionOutcomeKind.Refused, ExecutionReasonCodes.UnknownOrder), (outcome.Kind, outcome.Code));
        Assert.Equal(Quantity.Zero, order.CumQty);
    }

    [Fact]
    public void Report_matched_by_venue_order_id_alone_is_applied()
    {
        var order = Acknowledged();
        var outcome = order.Apply(Canceled("E-1", clientOrderId: "UNSOLICITED"), At(1));
        Assert.Equal(ExecutionOutcomeKind.Applied, outcome.Kind);
        Assert.Equal(OrderStatus.Canceled, order.Status);
    }

    [Fact]
    public void Report_for_an_order_never_submitted_is_refused()
    {
        var order = NewOrder();
        Assert.Equal(ExecutionReasonCodes.OrderNotSubmitted, order.Apply(Ack(), At(1)).Code);
        Assert.Equal(OrderStatus.Initialized, order.Status);
    }

    [Fact]
    public void Venue_reject_closes_a_pending_order_and_a_later_fill_on_it_is_refused()
    {
        var order = Submitted();
        var rejected = Assert.IsType<OrderRejected>(Assert.Single(order.Apply(Report(ExecType.Rejected, OrderStatus.Rejected, "E-1") with { Text = "unknown symbol" }, At(1)).Events));
        Assert.Equal((RejectionSource.Venue, "unknown symbol"), (rejected.Source, rejected.Reason));
        Assert.Equal(OrderStatus.Rejected, order.Status);

        Assert.Equal(ExecutionReasonCodes.FillOnRejectedOrder, order.Apply(Trade("E-2", 10m, 150m, 10m), At(2)).Code);
    }

    [Fact]
    public void Reject_of_an_accepted_order_is_an_invalid_transition()
    {
        var order = Acknowledged();
        var outcome = order.Apply(Report(ExecType.Rejected, OrderStatus.Rejected, "E-1"), At(1));
        Assert.Equal((ExecutionOutcomeKind.Refused, ExecutionReasonCodes.InvalidTransition), (outcome.Kind, outcome.Code));
        Assert.Equal(OrderStatus.New, order.Status);
    }

    [Fact]
    public void Ioc_fill_that_cancels_the_remainder_in_the_same_report_fills_then_cancels()
    {
        var order = Submitted(LimitSpec(timeInForce: TimeInForce.Ioc));
        var outcome = order.Apply(Trade("E-1", 30m, 150m, 30m) with { OrdStatus = OrderStatus.Canceled, LeavesQty = Quantity.Zero }, At(1));

        Assert.Collection(outcome.Events, e => Assert.IsType<OrderFilled>(e), e => Assert.IsType<OrderCanceled>(e));
        Assert.Equal((OrderStatus.Canceled, new Quantity(30m)), (order.Status, order.CumQty));
        Assert.NotNull(outcome.Fill);
    }

    [Fact]
    public void Cancel_reporting_fills_not_yet_seen_closes_the_order_and_the_late_fill_still_applies()
    {
        var order = Acknowledged();
        var outcome = order.Apply(Canceled("E-9", cumQty: 30m), At(1));

        Assert.Equal(ExecutionOutcomeKind.Applied, outcome.Kind);
        Assert.Collection(outcome.Events, e => Assert.IsType<OrderCanceled>(e), e => Assert.Equal(new Quantity(30m), Assert.IsType<CumQtyMismatchDetected>(e).VenueCumQty));
        Assert.Equal(OrderStatus.Canceled, order.Status);

        var late = order.Apply(Trade("E-1", 30m, 150m, 30m), At(2));

        Assert.Equal(ExecutionOutcomeKind.Applied, late.Kind);
        Assert.Equal(OrderStatus.Canceled, Assert.IsType<OrderFilled>(Assert.Single(late.Events)).Status);
        Assert.Equal((OrderStatus.Canceled, new Quantity(30m), Quantity.Zero), (order.Status, order.CumQty, order.LeavesQty));
    }

    [Theory]
    [InlineData(ExecType.TradeCorrect)]
    [InlineData(ExecType.TradeCancel)]
    public void Trade_corrections_are_refused_for_an_operator(ExecType execType)
    {
        var order = Acknowledged();
        order.Apply(Trade("E-1", 30m, 150m, 30m), At(1));
        var outcome = order.Apply(Report(execType, OrderStatus.New, "E-2"), At(2));
        Assert.Equal((ExecutionOutcomeKind.Refused, ExecutionReasonCodes.TradeCorrectionUnsupported), (outcome.Kind, outcome.Code));
        Assert.Equal(new Quantity(30m), order.CumQty);
    }

    [Fact]
    public void Status_report_with_more_filled_than_seen_is_a_mismatch()
    {
        var order = Acknowledged();
        var outcome = order.Apply(Report(ExecType.OrderStatus, OrderStatus.PartiallyFilled, "E-s", cumQty: 40m), At(1));
        Assert.Equal(ExecutionOutcomeKind.CumQtyMismatch, outcome.Kind);
        Assert.Equal(OrderStatus.New, order.Status);
        Assert.False(order.HasRecorded(new ExecId("E-s")));
    }

    [Fact]
    public void Status_report_that_matches_is_acknowledged_and_one_that_closes_is_applied()
    {
        var order = Acknowledged();
        order.Apply(Trade("E-1", 30m, 150m, 30m), At(1));
        var same = order.Apply(Report(ExecType.OrderStatus, OrderStatus.PartiallyFilled, "E-s1", cumQty: 30m), At(2));
        Assert.Equal((ExecutionOutcomeKind.Acknowledged, true), (same.Kind, same.StateChanged));

        var closed = order.Apply(Report(ExecType.OrderStatus, OrderStatus.Canceled, "E-s2", cumQty: 30m), At(3));
        Assert.IsType<OrderCanceled>(Assert.Single(closed.Events));
        Assert.Equal(OrderStatus.Canceled, order.Status);
    }

    [Fact]
    public void Suspended_order_resumes_with_the_status_its_fills_give_it()
    {
        var order = Acknowledged();
        order.Apply(Trade("E-1", 30m, 150m, 30m), At(1));
        Assert.IsType<OrderSuspended>(Assert.Single(order.Apply(Report(ExecType.Suspended, OrderStatus.Suspended, "E-2", cumQty: 30m), At(2)).Events));
        Assert.Equal(OrderStatus.Suspended, order.Status);

        var resumed = Assert.IsType<OrderResumed>(Assert.Single(order.Apply(Report(ExecType.New, OrderStatus.PartiallyFilled, "E-3", cumQty: 30m), At(3)).Events));
        Assert.Equal((OrderStatus.PartiallyFilled, OrderStatus.PartiallyFilled), (resumed.Status, order.Status));
    }

    [Fact]
    public void Done_for_day_then_reinstated_next_day()
    {
        var order = Acknowledged();
        order.Apply(Report(ExecType.DoneForDay, OrderStatus.DoneForDay, "E-1"), At(1));
        Assert.Equal(OrderStatus.DoneForDay, order.Status);
        order.Apply(Report(ExecType.New, OrderStatus.New, "E-2"), At(2));
        Assert.Equal(OrderStatus.New, order.Status);
    }

    [Fact]
    public void Restatement_changes_the_quantity_the_venue_holds()
    {
        var order = Acknowledged();
        var outcome = order.Apply(Report(ExecType.Restated, OrderStatus.New, "E-1") with { OrderQty = new Quantity(80m), Text = "venue reduced size" }, At(1));
        var restated = Assert.IsType<OrderRestated>(Assert.Single(outcome.Events));
        Assert.Equal((new Quantity(80m), "venue reduced size"), (restated.Quantity, restated.Text));
        Assert.Equal(new Quantity(80m), order.LeavesQty);
    }

    [Fact]
    public void Report_with_undefined_exec_type_is_refused()
    {
        var order = Acknowledged();
        var outcome = order.Apply(Report((ExecType)'Z', OrderStatus.New, "E-1"), At(1));
        Assert.Equal((ExecutionOutcomeKind.Refused, ExecutionReasonCodes.InvalidReport), (outcome.Kind, outcome.Code));
    }

    [Fact]
    public void Trade_without_quantity_is_refused()
    {
        var order = Acknowledged();
        Assert.Equal(ExecutionReasonCodes.InvalidReport, order.Apply(Trade("E-1", 0m, 150m, 0m), At(1)).Code);
    }

    [Fact]
    public void Legacy_partial_fill_and_fill_exec_types_are_read_as_trades()
    {
        var order = Acknowledged();
        order.Apply(Trade("E-1", 30m, 150m, 30m) with { ExecType = ExecType.PartialFill }, At(1));
        order.Apply(Trade("E-2", 70m, 150m, 100m) with { ExecType = ExecType.Fill }, At(2));
        Assert.Equal((OrderStatus.Filled, 2), (order.Status, order.Fills.Count));
    }

    [Fact]
    public void Informational_pending_cancel_echo_is_acknowledged()
    {
        var order = Acknowledged();
        order.RequestCancel(new("C-2"), At(1));
        var outcome = order.Apply(Report(ExecType.PendingCancel, OrderStatus.PendingCancel, "E-1", clientOrderId: "C-2"), At(2));
        Assert.Equal(ExecutionOutcomeKind.Acknowledged, outcome.Kind);
        Assert.Equal(OrderStatus.PendingCancel, order.Status);
    }
}
