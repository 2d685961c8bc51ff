using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.VenueSimulator.Behaviours;
using OrleansTrading.VenueSimulator.Matching;
using static OrleansTrading.VenueSimulator.Tests.Matching.TestMarket;

namespace OrleansTrading.VenueSimulator.Tests.Behaviours;

public sealed class SimulatedVenueTests
{
    private static SimulatedVenue Venue(params BehaviourRule[] rules) =>
        new(new MatchingEngine([TestInstrument, OtherInstrument]), new BehaviourPolicy(rules));

    private static BehaviourRule Prefix(string prefix, VenueBehaviour behaviour) => new(new BehaviourSelector(null, prefix), behaviour);

    private static UnixNanos Ms(long milliseconds) => T0.AddNanos(milliseconds * UnixNanos.NanosPerMillisecond);

    private static string Shape(IReadOnlyList<ScheduledReport> reports) =>
        string.Join(' ', reports.Select(r => $"{r.Event.GetType().Name.Replace("Order", string.Empty, StringComparison.Ordinal)}@{r.DueAt.NanosSince(T0) / UnixNanos.NanosPerMillisecond}{(r.IsDuplicate ? "(dup)" : string.Empty)}{(r.DropConnectionAfter ? "(drop)" : string.Empty)}"));

    [Fact]
    public void Without_rules_every_report_is_due_at_once_in_event_order()
    {
        var venue = Venue();
        venue.Submit(Limit(Alice, "A1", OrderSide.Sell, 5, 100m), T0);

        var reports = venue.Submit(Limit(Bob, "B1", OrderSide.Buy, 5, 100m), T0);

        Assert.Equal("Accepted@0 Filled@0 Filled@0", Shape(reports));
        Assert.Equal([Bob, Bob, Alice], reports.Select(r => r.Recipient));
        Assert.All(reports, r => Assert.False(r.IsDuplicate || r.DropConnectionAfter));
    }

    [Fact]
    public void Reject_rule_rejects_the_order_with_its_text_as_a_broker_option()
    {
        var venue = Venue(Prefix("REJ-", VenueBehaviour.Default with { Mode = ExecutionMode.Reject, RejectText = "no thanks" }));

        var reports = venue.Submit(Limit(Bob, "REJ-1", OrderSide.Buy, 5, 100m), T0);

        var rejected = Assert.IsType<OrderRejected>(Assert.Single(reports).Event);
        Assert.Equal("no thanks", rejected.Text);
        Assert.Equal(OrderRejectReason.BrokerOption, rejected.Reason);
        Assert.Equal(0, venue.Engine.Book(TestInstrument.Id).OpenOrderCount);
    }

    [Fact]
    public void Fill_rule_fills_the_whole_order_at_its_price_in_slices_spaced_by_the_interval()
    {
        var venue = Venue(Prefix("FILL-", VenueBehaviour.Default with
        {
            Mode = ExecutionMode.Fill,
            FillPrice = new Price(101.5m),
            FillSlices = 3,
            FillInterval = TimeSpan.FromMilliseconds(50),
        }));

        var reports = venue.Submit(Limit(Bob, "FILL-1", OrderSide.Buy, 10, 100m), T0);

        Assert.Equal("Accepted@0 Filled@0 Filled@50 Filled@100", Shape(reports));
        var fills = reports.Select(r => r.Event).OfType<OrderFilled>().ToList();
        Assert.Equal([4m, 3m, 3m], fills.Select(f => f.Quantity.Value));
        Assert.All(fills, f => Assert.Equal(new Price(101.5m), f.Price));
        Assert.Equal(OrderStatus.Filled, fills[^1].Order.Status);
    }

    [Fact]
    public void Fill_rule_without_a_price_fills_at_the_orders_limit_and_rejects_a_market_order()
    {
        var venue = Venue(Prefix("FILL-", VenueBehaviour.Default with { Mode = ExecutionMode.Fill }));

        var limit = venue.Submit(Limit(Bob, "FILL-1", OrderSide.Buy, 10, 99.5m), T0);
        var market = venue.Submit(Market(Bob, "FILL-2", OrderSide.Buy, 10), T0);

        Assert.Equal(new Price(99.5m), limit.Select(r => r.Event).OfType<OrderFilled>().Single().Price);
        var rejected = Assert.IsType<OrderRejected>(Assert.Single(market).Event);
        Assert.Contains("set fillPrice", rejected.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ack_and_fill_delays_apply_to_the_selected_orders_reports_only()
    {
        var venue = Venue(Prefix("SLOW-", VenueBehaviour.Default with { AckDelay = TimeSpan.FromMilliseconds(200), FillDelay = TimeSpan.FromMilliseconds(500) }));
        venue.Submit(Limit(Alice, "A1", OrderSide.Sell, 5, 100m), T0);

        var reports = venue.Submit(Limit(Bob, "SLOW-1", OrderSide.Buy, 5, 100m), T0);

        Assert.Equal("Filled@0 Accepted@200 Filled@500", Shape(reports));
        Assert.Equal(Alice, reports[0].Recipient);
    }

    [Fact]
    public void A_resting_orders_fill_never_overtakes_its_delayed_ack()
    {
        var venue = Venue(Prefix("SLOW-", VenueBehaviour.Default with { AckDelay = TimeSpan.FromMilliseconds(500) }));
        var ack = venue.Submit(Limit(Bob, "SLOW-1", OrderSide.Buy, 5, 100m), T0);

        var fill = venue.Submit(Limit(Alice, "A1", OrderSide.Sell, 5, 100m), Ms(100));

        Assert.Equal(Ms(500), Assert.Single(ack).DueAt);
        var bobsFill = Assert.Single(fill, r => r.Recipient == Bob);
        Assert.Equal(Ms(500), bobsFill.DueAt);
    }

    [Fact]
    public void Duplicate_rule_follows_each_execution_report_with_flagged_copies_of_it()
    {
        var venue = Venue(Prefix("DUP-", VenueBehaviour.Default with { DuplicateReports = 2 }));
        venue.Submit(Limit(Alice, "A1", OrderSide.Sell, 5, 100m), T0);

        var reports = venue.Submit(Limit(Bob, "DUP-1", OrderSide.Buy, 5, 100m), T0);

        Assert.Equal("Accepted@0 Accepted@0(dup) Accepted@0(dup) Filled@0 Filled@0(dup) Filled@0(dup) Filled@0", Shape(reports));
        Assert.Same(reports[3].Event, reports[4].Event);
    }

    [Fact]
    public void Fills_before_ack_rule_delivers_the_fills_first_when_both_come_from_one_operation()
    {
        var venue = Venue(Prefix("OOO-", VenueBehaviour.Default with { FillsBeforeAck = true }));
        venue.Submit(Limit(Alice, "A1", OrderSide.Sell, 2, 100m), T0);
        venue.Submit(Limit(Alice, "A2", OrderSide.Sell, 2, 101m), T0);

        var crossing = venue.Submit(Limit(Bob, "OOO-1", OrderSide.Buy, 4, 101m), T0);
        var resting = venue.Submit(Limit(Bob, "OOO-2", OrderSide.Buy, 4, 90m), T0);

        var bobs = crossing.Where(r => r.Recipient == Bob).Select(r => r.Event.GetType().Name);
        Assert.Equal([nameof(OrderFilled), nameof(OrderFilled), nameof(OrderAccepted)], bobs);
        Assert.Equal("Accepted@0", Shape(resting));
    }

    [Fact]
    public void Drop_rule_marks_the_nth_report_of_its_orders_once()
    {
        var venue = Venue(Prefix("DROP-", VenueBehaviour.Default with { DropConnectionAfterMessages = 3 }));
        venue.Submit(Limit(Alice, "A1", OrderSide.Sell, 10, 100m), T0);

        var first = venue.Submit(Limit(Bob, "DROP-1", OrderSide.Buy, 2, 100m), T0);
        var second = venue.Submit(Limit(Bob, "DROP-2", OrderSide.Buy, 2, 100m), T0);
        var third = venue.Submit(Limit(Bob, "DROP-3", OrderSide.Buy, 2, 100m), T0);

        Assert.Equal("Accepted@0 Filled@0 Filled@0", Shape(first));
        Assert.Equal("Accepted@0(drop) Filled@0 Filled@0", Shape(second));
        Assert.DoesNotContain(third, r => r.DropConnectionAfter);
    }

    [Fact]
    public void An_order_keeps_the_rule_of_its_first_client_order_id_after_a_replace()
    {
        var venue = Venue(Prefix("SLOW-", VenueBehaviour.Default with { FillDelay = TimeSpan.FromMilliseconds(300) }));
        venue.Submit(Limit(Bob, "SLOW-1", OrderSide.Buy, 5, 99m), T0);
        venue.Replace(ReplaceOf(Bob, "X-2", "SLOW-1", OrderSide.Buy, 5, 100m), T0);

        var reports = venue.Submit(Limit(Alice, "A1", OrderSide.Sell, 5, 100m), T0);

        Assert.Equal(Ms(300), Assert.Single(reports, r => r.Recipient == Bob).DueAt);
    }

    [Fact]
    public void Replace_and_cancel_answers_use_the_ack_delay()
    {
        var venue = Venue(Prefix("SLOW-", VenueBehaviour.Default with { AckDelay = TimeSpan.FromMilliseconds(100) }));
        venue.Submit(Limit(Bob, "SLOW-1", OrderSide.Buy, 5, 99m), T0);

        var replace = venue.Replace(ReplaceOf(Bob, "SLOW-2", "SLOW-1", OrderSide.Buy, 4, 99m), Ms(1000));
        var cancel = venue.Cancel(CancelOf(Bob, "SLOW-3", "SLOW-2"), Ms(2000));
        var tooLate = venue.Cancel(CancelOf(Bob, "SLOW-4", "SLOW-2"), Ms(3000));

        Assert.Equal(Ms(1100), Assert.Single(replace).DueAt);
        Assert.Equal(Ms(2100), Assert.Single(cancel).DueAt);
        Assert.IsType<CancelRejected>(Assert.Single(tooLate).Event);
        Assert.Equal(Ms(3100), tooLate[0].DueAt);
    }

    [Fact]
    public void Status_mass_status_expiry_and_seeding_are_planned_too()
    {
        var venue = Venue();
        var seeded = venue.SeedLiquidity(TestInstrument.Id, new LiquidityLadder(MarketMaker, new Price(100m), 0.01m, 1, new Quantity(5)), T0);
        venue.Submit(Limit(Bob, "B1", OrderSide.Buy, 1, 99m, TimeInForce.Gtd) with { ExpireAt = Ms(500) }, T0);

        var status = venue.ReportStatus(new OrderStatusRequest(Bob, TestInstrument.Id, Id("B1")), T0);
        var mass = venue.ReportMassStatus(Bob, T0);
        var expired = venue.ExpireOrders(Ms(500));
        var closed = venue.EndOfDay(Ms(600));

        Assert.Equal([MarketMaker, MarketMaker], seeded.Select(r => r.Recipient));
        Assert.IsType<OrderStatusReported>(Assert.Single(status).Event);
        Assert.IsType<OrderStatusReported>(Assert.Single(mass).Event);
        Assert.IsType<OrderExpired>(Assert.Single(expired).Event);
        Assert.Empty(closed);
    }
}
