using Microsoft.Extensions.Logging.Abstractions;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Execution.Fix;
using OrleansTrading.Execution.Reconciliation;
using OrleansTrading.Execution.Tests.Support;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Store;
using OrleansTrading.Testing;

namespace OrleansTrading.Execution.Tests.Fix;

/// <summary>The connector against our FIX acceptor in-process, with the real order kernel behind it.</summary>
public sealed class FixVenueConnectorTests
{
    [Fact]
    public async Task Order_goes_out_as_a_NewOrderSingle_and_its_ack_and_fills_reach_the_order()
    {
        await using var harness = await VenueHarness.StartAsync();
        var order = harness.Orders.NewOrder("C-1", 100m, 190.25m);

        var response = await harness.Connector.SendAsync(order);

        Assert.Null(response.Refusal);
        await Eventually.TrueAsync(() => harness.Orders[order.OrderKey].Status == OrderStatus.New, "the ack reaches the order");
        var sent = harness.Venue.ReceivedOf(FixMsgTypes.NewOrderSingle).Single();
        Assert.Equal(order.VenueClientOrderId.Value, sent.GetString(FixTags.ClOrdId));
        Assert.Equal("AAPL", sent.GetString(FixTags.Symbol));
        Assert.Equal("ACC-1", sent.GetString(FixTags.Account));
        Assert.Equal('1', sent.GetChar(FixTags.Side));
        Assert.Equal('2', sent.GetChar(FixTags.OrdType));
        Assert.Equal('0', sent.GetChar(FixTags.TimeInForce));
        Assert.Equal(100m, sent.GetDecimal(FixTags.OrderQty));
        Assert.Equal(190.25m, sent.GetDecimal(FixTags.Price));
        Assert.True(sent.Contains(FixTags.TransactTime));
        Assert.Equal(1, harness.Connector.OpenOrders);

        harness.Venue.Fill(order.VenueClientOrderId.Value, 40m, 190.25m);
        harness.Venue.Fill(order.VenueClientOrderId.Value, 60m, 190.20m);

        await Eventually.TrueAsync(() => harness.Orders[order.OrderKey].Status == OrderStatus.Filled, "the fills reach the order");
        Assert.Equal(100m, harness.Orders[order.OrderKey].CumQty.Value);
        Assert.Equal((40m * 190.25m + 60m * 190.20m) / 100m, harness.Orders[order.OrderKey].AvgPx.Value);
        await Eventually.TrueAsync(() => harness.Connector.OpenOrders == 0, "the filled order leaves the open set");
    }

    [Fact]
    public async Task Orders_cancels_and_replaces_are_refused_when_the_session_is_not_logged_on()
    {
        await using var harness = await VenueHarness.StartAsync();
        var resting = harness.Orders.NewOrder("C-2", 10m, 190m);
        await harness.Connector.SendAsync(resting);
        await Eventually.TrueAsync(() => harness.Orders[resting.OrderKey].Status == OrderStatus.New, "the order is acknowledged");
        await harness.Connector.StopAsync();

        var order = harness.Orders.NewOrder("C-3", 10m, 190m);
        var refused = await harness.Connector.SendAsync(order);
        harness.Orders.Apply(order.OrderKey, refused);
        var cancel = harness.Orders.Cancel(resting.OrderKey);
        var cancelRefused = await harness.Connector.CancelAsync(cancel);
        harness.Orders.Apply(resting.OrderKey, cancelRefused);

        Assert.Equal(FixVenueConnector.DisconnectedCode, refused.Refusal?.Code);
        Assert.Equal(OrderStatus.Rejected, harness.Orders[order.OrderKey].Status);
        Assert.Equal(FixVenueConnector.DisconnectedCode, cancelRefused.Refusal?.Code);
        Assert.Equal(RefusalKind.Unavailable, cancelRefused.Refusal?.Kind); // retryable: UNAVAILABLE over gRPC
        Assert.Equal(OrderStatus.New, harness.Orders[resting.OrderKey].Status);
        Assert.DoesNotContain(harness.Venue.ReceivedOf(FixMsgTypes.NewOrderSingle), m => m.GetString(FixTags.ClOrdId) == order.VenueClientOrderId.Value);
        Assert.Empty(harness.Venue.ReceivedOf(FixMsgTypes.OrderCancelRequest));
    }

    [Fact]
    public async Task An_order_for_an_instrument_without_a_venue_symbol_is_refused_and_not_sent()
    {
        await using var harness = await VenueHarness.StartAsync();
        var order = harness.Orders.NewOrder("C-4", 10m, 190m) with { Instrument = TestInstruments.Msft.Id };

        var response = await harness.Connector.SendAsync(order);

        Assert.Equal(FixVenueConnector.UnknownSymbolCode, response.Refusal?.Code);
        Assert.Empty(harness.Venue.ReceivedOf(FixMsgTypes.NewOrderSingle));
    }

    [Fact]
    public async Task A_redelivered_fill_is_applied_once()
    {
        await using var harness = await VenueHarness.StartAsync();
        var order = harness.Orders.NewOrder("C-5", 100m, 190m);
        await harness.Connector.SendAsync(order);
        await Eventually.TrueAsync(() => harness.Orders[order.OrderKey].Status == OrderStatus.New, "the order is acknowledged");

        harness.Venue.Fill(order.VenueClientOrderId.Value, 30m, 190m, duplicates: 2);

        await Eventually.TrueAsync(() => harness.Orders.Applied.Count(a => a.OrderKey == order.OrderKey) == 4, "the ack, the fill and its two copies are delivered");
        Assert.Equal(30m, harness.Orders[order.OrderKey].CumQty.Value);
        Assert.Single(harness.Orders[order.OrderKey].Fills);
        Assert.Equal(2, harness.Orders.Applied.Count(a => a.Outcome == ExecutionOutcomeKind.Duplicate));
    }

    [Fact]
    public async Task Reports_resent_with_PossDup_after_a_restart_are_applied_once()
    {
        await using var harness = await VenueHarness.StartAsync();
        var order = harness.Orders.NewOrder("C-6", 100m, 190m);
        await harness.Connector.SendAsync(order);
        await Eventually.TrueAsync(() => harness.Orders[order.OrderKey].Status == OrderStatus.New, "the order is acknowledged");
        harness.Venue.Fill(order.VenueClientOrderId.Value, 25m, 190m);
        await Eventually.TrueAsync(() => harness.Orders[order.OrderKey].CumQty.Value == 25m, "the fill is applied");
        var processed = harness.Connector.Session!.NextTargetSeqNum;

        // As if the process died after applying the reports but before the session stored their sequence numbers:
        // the restarted session expects them again, the venue resends them with PossDupFlag=Y.
        await harness.RestartConnectorAsync(whileStopped: () =>
        {
            using var store = new FileMessageStore(Path.Combine(harness.StoreDirectory, "FIX.4.4-FUND-VENUE.fixlog"));
            store.SetNextTargetSeqNum(processed - 2);
        });

        await Eventually.TrueAsync(() => harness.Orders.Applied.Count(a => a.Outcome == ExecutionOutcomeKind.Duplicate) >= 2, "the resent ack and fill are delivered");
        Assert.Equal(25m, harness.Orders[order.OrderKey].CumQty.Value);
        Assert.Single(harness.Orders[order.OrderKey].Fills);
    }

    [Fact]
    public async Task Cancel_and_replace_extend_the_ClOrdID_chain_and_the_venue_answers_reach_the_order()
    {
        await using var harness = await VenueHarness.StartAsync();
        var order = harness.Orders.NewOrder("C-7", 100m, 190m);
        await harness.Connector.SendAsync(order);
        await Eventually.TrueAsync(() => harness.Orders[order.OrderKey].Status == OrderStatus.New, "the order is acknowledged");

        var replace = harness.Orders.Replace(order.OrderKey, 80m, 189.5m);
        Assert.Null((await harness.Connector.ReplaceAsync(replace)).Refusal);
        await Eventually.TrueAsync(() => harness.Orders[order.OrderKey].ClientOrderId == replace.VenueClientOrderId, "the replace is confirmed");
        var cancel = harness.Orders.Cancel(order.OrderKey);
        Assert.Null((await harness.Connector.CancelAsync(cancel)).Refusal);
        await Eventually.TrueAsync(() => harness.Orders[order.OrderKey].Status == OrderStatus.Canceled, "the cancel is confirmed");

        var sentReplace = harness.Venue.ReceivedOf(FixMsgTypes.OrderCancelReplaceRequest).Single();
        Assert.Equal(order.VenueClientOrderId.Value, sentReplace.GetString(FixTags.OrigClOrdId));
        Assert.Equal(replace.VenueClientOrderId.Value, sentReplace.GetString(FixTags.ClOrdId));
        Assert.Equal(80m, sentReplace.GetDecimal(FixTags.OrderQty));
        Assert.Equal(189.5m, sentReplace.GetDecimal(FixTags.Price));
        Assert.True(sentReplace.Contains(FixTags.OrderId));
        var sentCancel = harness.Venue.ReceivedOf(FixMsgTypes.OrderCancelRequest).Single();
        Assert.Equal(replace.VenueClientOrderId.Value, sentCancel.GetString(FixTags.OrigClOrdId));
        Assert.Equal(cancel.VenueClientOrderId.Value, sentCancel.GetString(FixTags.ClOrdId));
        Assert.Equal(3, harness.Connector.Routes!.Find(order.OrderKey)!.ClientOrderIds.Length);
        await Eventually.TrueAsync(() => harness.Connector.OpenOrders == 0, "the canceled order leaves the open set");
    }

    [Fact]
    public async Task Reports_reach_their_order_in_order_through_transient_delivery_failures()
    {
        await using var harness = await VenueHarness.StartAsync();
        var order = harness.Orders.NewOrder("C-8", 100m, 190m);
        await harness.Connector.SendAsync(order);
        await Eventually.TrueAsync(() => harness.Orders[order.OrderKey].Status == OrderStatus.New, "the order is acknowledged");

        harness.Orders.FailNext(3);
        for (var i = 0; i < 5; i++)
        {
            harness.Venue.Fill(order.VenueClientOrderId.Value, 10m, 190m + i);
        }

        await Eventually.TrueAsync(() => harness.Orders[order.OrderKey].CumQty.Value == 50m, "every fill is applied");
        var fills = harness.Orders.Applied.Where(a => a.OrderKey == order.OrderKey && a.Outcome == ExecutionOutcomeKind.Applied).Skip(1).Select(a => a.ExecId).ToList();
        Assert.Equal(fills.OrderBy(id => int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture)), fills);
        Assert.DoesNotContain(harness.Orders.Applied, a => a.Outcome == ExecutionOutcomeKind.CumQtyMismatch);
    }

    [Fact]
    public async Task Reports_journaled_but_not_delivered_before_a_stop_are_delivered_after_the_restart()
    {
        await using var harness = await VenueHarness.StartAsync();
        var order = harness.Orders.NewOrder("C-9", 100m, 190m);
        await harness.Connector.SendAsync(order);
        await Eventually.TrueAsync(() => harness.Orders[order.OrderKey].Status == OrderStatus.New, "the order is acknowledged");

        harness.Orders.Unavailable = true;
        harness.Venue.Fill(order.VenueClientOrderId.Value, 70m, 190m);
        await Eventually.TrueAsync(() => harness.Listener.Of(DiscrepancyKind.DeliveryStalled).Count == 1, "the delivery is reported stalled");
        Assert.Equal(1, harness.Connector.DeliveryBacklog);
        await harness.RestartConnectorAsync(whileStopped: () => harness.Orders.Unavailable = false);

        await Eventually.TrueAsync(() => harness.Orders[order.OrderKey].CumQty.Value == 70m, "the journaled fill is delivered after the restart");
    }

    [Fact]
    public async Task A_report_for_a_ClOrdID_the_platform_never_sent_raises_an_unroutable_discrepancy()
    {
        await using var harness = await VenueHarness.StartAsync();

        harness.Venue.Send(new FixMessageBuilder(FixMsgTypes.ExecutionReport)
            .Add(FixTags.OrderId, "V-99").Add(FixTags.ClOrdId, "SOMEONE-ELSE").Add(FixTags.ExecId, "E-99")
            .Add(FixTags.ExecType, 'F').Add(FixTags.OrdStatus, '2').Add(FixTags.Symbol, "AAPL").Add(FixTags.Side, '1')
            .Add(FixTags.LastQty, 5m).Add(FixTags.LastPx, 190m).Add(FixTags.LeavesQty, 0m).Add(FixTags.CumQty, 5m).Add(FixTags.AvgPx, 190m));

        await Eventually.TrueAsync(() => harness.Listener.Of(DiscrepancyKind.UnroutableReport).Count == 1, "the discrepancy is raised");
        var discrepancy = harness.Listener.Of(DiscrepancyKind.UnroutableReport)[0];
        Assert.Equal("SOMEONE-ELSE", discrepancy.ClientOrderId);
        Assert.Equal("E-99", discrepancy.ExecId);
        Assert.False(discrepancy.Resolved);
        Assert.Equal(1, harness.Connector.Reconciliation.TotalDiscrepancies);
    }

    [Fact]
    public async Task Reconciliation_rejects_an_order_the_venue_never_received()
    {
        await using var harness = await VenueHarness.StartAsync();
        harness.Venue.DropNewOrders = true;
        var order = harness.Orders.NewOrder("C-10", 100m, 190m);
        await harness.Connector.SendAsync(order);

        await harness.DropSessionAsync();

        Assert.Equal(OrderStatus.Rejected, harness.Orders[order.OrderKey].Status);
        var resolved = Assert.Single(harness.Listener.Of(DiscrepancyKind.NeverReachedVenue));
        Assert.True(resolved.Resolved);
        Assert.Equal(0, harness.Connector.OpenOrders);
        var status = harness.Connector.Reconciliation;
        Assert.Equal(1, status.OrdersChecked);
        Assert.Equal(0, status.LastRunDiscrepancies);
        Assert.NotNull(status.LastReconciledAt);
    }

    [Fact]
    public async Task Reconciliation_reports_missed_fills_and_keeps_the_order_ready_for_them()
    {
        await using var harness = await VenueHarness.StartAsync();
        var order = harness.Orders.NewOrder("C-11", 100m, 190m);
        await harness.Connector.SendAsync(order);
        await Eventually.TrueAsync(() => harness.Orders[order.OrderKey].Status == OrderStatus.New, "the order is acknowledged");
        harness.Venue.FillSilently(order.VenueClientOrderId.Value, 40m, 190m);

        await harness.DropSessionAsync();

        var missed = Assert.Single(harness.Listener.Of(DiscrepancyKind.MissedFills));
        Assert.Equal(40m, missed.VenueCumQty?.Value);
        Assert.Equal(0m, missed.PlatformCumQty?.Value);
        Assert.Equal(order.OrderKey, missed.OrderKey);
        Assert.Equal(1, harness.Connector.Reconciliation.LastRunDiscrepancies);
        Assert.Equal(OrderStatus.New, harness.Orders[order.OrderKey].Status);
        Assert.Contains(harness.Orders.Applied, a => a.OrderKey == order.OrderKey && a.Outcome == ExecutionOutcomeKind.CumQtyMismatch);
        Assert.Equal(1, harness.Connector.OpenOrders);
    }

    [Fact]
    public async Task Reconciliation_restores_an_order_whose_cancel_never_reached_the_venue()
    {
        await using var harness = await VenueHarness.StartAsync();
        var order = harness.Orders.NewOrder("C-12", 100m, 190m);
        await harness.Connector.SendAsync(order);
        await Eventually.TrueAsync(() => harness.Orders[order.OrderKey].Status == OrderStatus.New, "the order is acknowledged");
        harness.Venue.IgnoreCancels = true;
        await harness.Connector.CancelAsync(harness.Orders.Cancel(order.OrderKey));
        Assert.Equal(OrderStatus.PendingCancel, harness.Orders[order.OrderKey].Status);

        await harness.DropSessionAsync();

        Assert.Equal(OrderStatus.New, harness.Orders[order.OrderKey].Status);
        var lost = Assert.Single(harness.Listener.Of(DiscrepancyKind.LostRequest));
        Assert.True(lost.Resolved);
        Assert.Equal(0, harness.Connector.Reconciliation.LastRunDiscrepancies);
    }

    [Fact]
    public async Task Reconciliation_asks_about_every_open_order_and_reports_only_the_one_that_disagrees()
    {
        await using var harness = await VenueHarness.StartAsync();
        var agrees = harness.Orders.NewOrder("C-13", 100m, 190m);
        var missedFill = harness.Orders.NewOrder("C-14", 10m, 190m);
        await harness.Connector.SendAsync(agrees);
        await harness.Connector.SendAsync(missedFill);
        await Eventually.TrueAsync(() => harness.Orders[missedFill.OrderKey].Status == OrderStatus.New, "the orders are acknowledged");
        harness.Venue.FillSilently(missedFill.VenueClientOrderId.Value, 10m, 190m);

        await harness.DropSessionAsync();

        Assert.Equal(2, harness.Connector.Reconciliation.OrdersChecked);
        Assert.Equal(2, harness.Venue.ReceivedOf(FixMsgTypes.OrderStatusRequest).Count(m => m.GetString(790)!.Contains("-R", StringComparison.Ordinal)));
        Assert.Equal(missedFill.OrderKey, Assert.Single(harness.Listener.Of(DiscrepancyKind.MissedFills)).OrderKey);
        Assert.Equal(1, harness.Connector.Reconciliation.LastRunDiscrepancies);
    }

    [Fact]
    public async Task Mass_reconciliation_reports_orders_the_venue_works_that_the_platform_does_not_know()
    {
        await using var harness = await VenueHarness.StartAsync(o => o with { Reconciliation = ReconciliationMode.Mass });
        var order = harness.Orders.NewOrder("C-15", 100m, 190m);
        await harness.Connector.SendAsync(order);
        await Eventually.TrueAsync(() => harness.Orders[order.OrderKey].Status == OrderStatus.New, "the order is acknowledged");
        var forgotten = harness.Orders.NewOrder("C-16", 5m, 190m);
        await harness.Connector.SendAsync(forgotten);
        await Eventually.TrueAsync(() => harness.Orders[forgotten.OrderKey].Status == OrderStatus.New, "the second order is acknowledged");

        // the routing table loses the second order (as if its file were lost): the venue still works it
        await harness.RestartConnectorAsync(whileStopped: () => File.Delete(Path.Combine(harness.StoreDirectory, "FIX.4.4-FUND-VENUE.routes")));
        Assert.Single(harness.Listener.Of(DiscrepancyKind.UnknownOrderAtVenue), d => d.ClientOrderId == order.VenueClientOrderId.Value);
        Assert.Single(harness.Listener.Of(DiscrepancyKind.UnknownOrderAtVenue), d => d.ClientOrderId == forgotten.VenueClientOrderId.Value);
        Assert.NotEmpty(harness.Venue.ReceivedOf(FixMsgTypes.OrderMassStatusRequest));
    }

    [Fact]
    public async Task Mass_reconciliation_asks_order_by_order_about_orders_missing_from_the_mass_answer()
    {
        await using var harness = await VenueHarness.StartAsync(o => o with { Reconciliation = ReconciliationMode.Mass });
        harness.Venue.DropNewOrders = true;
        var order = harness.Orders.NewOrder("C-17", 100m, 190m);
        await harness.Connector.SendAsync(order);

        await harness.DropSessionAsync();

        Assert.Contains(harness.Venue.ReceivedOf(FixMsgTypes.OrderStatusRequest), m => m.GetString(FixTags.ClOrdId) == order.VenueClientOrderId.Value);
        Assert.Equal(OrderStatus.Rejected, harness.Orders[order.OrderKey].Status);
        Assert.Equal(1, harness.Connector.Reconciliation.OrdersChecked);
    }

    [Fact]
    public async Task Sending_an_order_twice_asks_for_its_status_instead_of_sending_a_second_order()
    {
        await using var harness = await VenueHarness.StartAsync();
        var order = harness.Orders.NewOrder("C-18", 100m, 190m);
        await harness.Connector.SendAsync(order);
        await Eventually.TrueAsync(() => harness.Orders[order.OrderKey].Status == OrderStatus.New, "the order is acknowledged");

        var again = await harness.Connector.SendAsync(order);

        Assert.Null(again.Refusal);
        await Eventually.TrueAsync(() => harness.Venue.ReceivedOf(FixMsgTypes.OrderStatusRequest).Any(), "a status request is sent");
        Assert.Single(harness.Venue.ReceivedOf(FixMsgTypes.NewOrderSingle));
    }

    [Fact]
    public async Task A_status_request_for_an_order_missing_from_the_routing_table_still_asks_the_venue()
    {
        // the table may not cover the order's life (an earlier installation, a lost table): only the venue can say
        await using var harness = await VenueHarness.StartAsync();
        var order = harness.Orders.NewOrder("C-19", 100m, 190m);

        var status = await harness.Connector.StatusAsync(new VenueOrderStatusRequest(order.OrderKey, order.Instrument, order.VenueClientOrderId, null, order.Side));

        Assert.False(status.OrderUnknown);
        Assert.Null(status.Refusal);
        await Eventually.TrueAsync(() => harness.Venue.ReceivedOf(FixMsgTypes.OrderStatusRequest).Any(), "a status request is sent");
        Assert.Equal(order.VenueClientOrderId.Value, harness.Venue.ReceivedOf(FixMsgTypes.OrderStatusRequest).Single().GetString(FixTags.ClOrdId));
        Assert.Empty(harness.Venue.ReceivedOf(FixMsgTypes.NewOrderSingle));
    }

    [Fact]
    public async Task A_status_request_for_a_routed_order_sends_an_OrderStatusRequest_for_its_ClOrdID()
    {
        await using var harness = await VenueHarness.StartAsync();
        var order = harness.Orders.NewOrder("C-20", 100m, 190m);
        await harness.Connector.SendAsync(order);
        await Eventually.TrueAsync(() => harness.Orders[order.OrderKey].Status == OrderStatus.New, "the order is acknowledged");

        var status = await harness.Connector.StatusAsync(new VenueOrderStatusRequest(order.OrderKey, order.Instrument, order.VenueClientOrderId, null, order.Side));

        Assert.False(status.OrderUnknown);
        Assert.Null(status.Refusal);
        await Eventually.TrueAsync(() => harness.Venue.ReceivedOf(FixMsgTypes.OrderStatusRequest).Any(), "a status request is sent");
        var request = harness.Venue.ReceivedOf(FixMsgTypes.OrderStatusRequest).Single();
        Assert.Equal(order.VenueClientOrderId.Value, request.GetString(FixTags.ClOrdId));
    }

    [Fact]
    public async Task A_stale_order_is_gap_filled_instead_of_resent_and_a_fresh_one_is_resent()
    {
        await using var harness = await VenueHarness.StartAsync(o => o with { StaleOrderAge = TimeSpan.FromMinutes(1) });
        var old = new FixMessageBuilder(FixMsgTypes.NewOrderSingle).Add(FixTags.ClOrdId, "OLD").AddTimestamp(FixTags.TransactTime, DateTime.UtcNow.AddMinutes(-5));
        var fresh = new FixMessageBuilder(FixMsgTypes.NewOrderSingle).Add(FixTags.ClOrdId, "NEW").AddTimestamp(FixTags.TransactTime, DateTime.UtcNow);
        var cancel = new FixMessageBuilder(FixMsgTypes.OrderCancelRequest).Add(FixTags.ClOrdId, "CXL").AddTimestamp(FixTags.TransactTime, DateTime.UtcNow.AddMinutes(-5));

        Assert.False(harness.Connector.OnResending(harness.Connector.Session!, FixWire.Parse(old)));
        Assert.True(harness.Connector.OnResending(harness.Connector.Session!, FixWire.Parse(fresh)));
        Assert.True(harness.Connector.OnResending(harness.Connector.Session!, FixWire.Parse(cancel)));
    }

    [Fact]
    public async Task Start_fails_with_a_clear_error_when_the_symbol_map_names_an_unknown_instrument()
    {
        var directory = Directory.CreateTempSubdirectory("ot-execution-").FullName;
        try
        {
            await using var harness = await VenueHarness.StartAsync();
            var options = harness.Options(1) with
            {
                Symbols = harness.Options(1).Symbols.Add("SIM", "XYZ", new OrleansTrading.Domain.Identifiers.InstrumentId("XYZ.NOWHERE")),
                StoreDirectory = directory,
            };
            await using var connector = new FixVenueConnector(options, harness.Orders, TestInstruments.Catalog, [], NullLogger<FixVenueConnector>.Instance);

            var error = await Assert.ThrowsAsync<VenueConfigurationException>(() => connector.StartAsync());

            Assert.Contains("XYZ.NOWHERE", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
