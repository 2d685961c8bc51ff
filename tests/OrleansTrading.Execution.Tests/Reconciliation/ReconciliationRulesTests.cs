using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.Execution.Delivery;
using OrleansTrading.Execution.Reconciliation;

namespace OrleansTrading.Execution.Tests.Reconciliation;

public sealed class ReconciliationRulesTests
{
    private static readonly ClientOrderId _id = new("OT-1");
    private static readonly ClientOrderId _cancelId = new("OT-1-1");

    [Fact]
    public void An_order_in_agreement_raises_nothing_and_stays_routed_while_open()
    {
        var assessment = Assess(Venue(OrderStatus.PartiallyFilled, 40), Platform(OrderStatus.PartiallyFilled, 40));

        Assert.Null(assessment.Discrepancy);
        Assert.False(assessment.CloseRoute);
        Assert.False(assessment.RestorePendingRequest);
    }

    [Fact]
    public void An_order_closed_at_both_ends_leaves_the_open_set()
    {
        var assessment = Assess(Venue(OrderStatus.Filled, 100), Platform(OrderStatus.Filled, 100));

        Assert.Null(assessment.Discrepancy);
        Assert.True(assessment.CloseRoute);
    }

    [Fact]
    public void More_executed_at_the_venue_is_missed_fills_and_the_order_stays_open_for_them()
    {
        var assessment = Assess(Venue(OrderStatus.Filled, 100), Platform(OrderStatus.PartiallyFilled, 60));

        Assert.Equal(DiscrepancyKind.MissedFills, assessment.Discrepancy);
        Assert.False(assessment.Resolved);
        Assert.False(assessment.CloseRoute);
        Assert.Contains("40 missing", assessment.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Less_executed_at_the_venue_is_excess_fills()
    {
        var assessment = Assess(Venue(OrderStatus.PartiallyFilled, 10), Platform(OrderStatus.PartiallyFilled, 30));

        Assert.Equal(DiscrepancyKind.ExcessFills, assessment.Discrepancy);
        Assert.False(assessment.Resolved);
    }

    [Fact]
    public void Unknown_at_the_venue_is_resolved_when_the_order_was_never_acknowledged_and_rejected()
    {
        var assessment = Assess(Unknown(), Platform(OrderStatus.Rejected, 0));

        Assert.Equal(DiscrepancyKind.NeverReachedVenue, assessment.Discrepancy);
        Assert.True(assessment.Resolved);
        Assert.True(assessment.CloseRoute);
    }

    [Fact]
    public void Unknown_at_the_venue_is_unresolved_for_an_order_the_venue_had_acknowledged()
    {
        var assessment = Assess(Unknown(), Platform(OrderStatus.New, 0));

        Assert.Equal(DiscrepancyKind.UnknownAtVenue, assessment.Discrepancy);
        Assert.False(assessment.Resolved);
        Assert.True(assessment.CloseRoute);
    }

    [Fact]
    public void Working_at_the_venue_but_closed_at_the_platform_is_a_status_mismatch_to_cancel_by_hand()
    {
        var assessment = Assess(Venue(OrderStatus.New, 0), Platform(OrderStatus.Canceled, 0));

        Assert.Equal(DiscrepancyKind.StatusMismatch, assessment.Discrepancy);
        Assert.False(assessment.Resolved);
        Assert.Contains("cancel it at the venue", assessment.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Closed_at_the_venue_but_open_at_the_platform_is_a_status_mismatch()
    {
        var assessment = Assess(Venue(OrderStatus.Canceled, 0), Platform(OrderStatus.New, 0));

        Assert.Equal(DiscrepancyKind.StatusMismatch, assessment.Discrepancy);
        Assert.False(assessment.CloseRoute);
    }

    [Fact]
    public void A_pending_cancel_the_venue_has_no_trace_of_is_a_lost_request_to_restore()
    {
        var assessment = ReconciliationRules.Assess(Venue(OrderStatus.New, 0), Platform(OrderStatus.PendingCancel, 0), _cancelId);

        Assert.Equal(DiscrepancyKind.LostRequest, assessment.Discrepancy);
        Assert.True(assessment.Resolved);
        Assert.True(assessment.RestorePendingRequest);
    }

    [Fact]
    public void A_pending_cancel_the_venue_is_working_on_is_left_alone()
    {
        var pendingAtVenue = ReconciliationRules.Assess(Venue(OrderStatus.PendingCancel, 0), Platform(OrderStatus.PendingCancel, 0), _cancelId);
        var answeredUnderTheRequestId = ReconciliationRules.Assess(Venue(OrderStatus.New, 0) with { ClientOrderId = _cancelId }, Platform(OrderStatus.PendingCancel, 0), _cancelId);

        Assert.Null(pendingAtVenue.Discrepancy);
        Assert.Null(answeredUnderTheRequestId.Discrepancy);
    }

    [Fact]
    public void An_answer_for_an_order_the_platform_does_not_have_is_reported()
    {
        var assessment = ReconciliationRules.Assess(Venue(OrderStatus.New, 0), null, null);

        Assert.Equal(DiscrepancyKind.OrderMissingOnPlatform, assessment.Discrepancy);
        Assert.False(assessment.Resolved);
    }

    private static ReconciliationAssessment Assess(VenueOrderStatus venue, PlatformOrderState platform) => ReconciliationRules.Assess(venue, platform, null);

    private static VenueOrderStatus Venue(OrderStatus status, decimal cumQty) => new(false, status, new Quantity(cumQty), _id);

    private static VenueOrderStatus Unknown() => new(true, OrderStatus.Rejected, Quantity.Zero, _id);

    private static PlatformOrderState Platform(OrderStatus status, decimal cumQty) => new(status, new Quantity(100m), new Quantity(cumQty), _id, null);
}
