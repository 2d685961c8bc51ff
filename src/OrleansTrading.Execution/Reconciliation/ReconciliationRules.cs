using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Execution.Delivery;

namespace OrleansTrading.Execution.Reconciliation;

/// <summary>
/// Decides what a venue's status answer means, by comparing it with the order as the platform holds it once the answer
/// has been applied (the kernel applies what it can: a close, a status, a restore). Pure: the connector carries out the
/// decision. The FIX session hands reports over in sequence order, and every message of an order is delivered in
/// order, so by the time an answer is compared, every report the venue sent before it — including those it resent
/// to fill a sequence gap — has already reached the order.
/// </summary>
public static class ReconciliationRules
{
    /// <param name="venue">The venue's answer.</param>
    /// <param name="platform">The order at the platform after the answer was applied; null when no such order exists.</param>
    /// <param name="pendingRequestId">The ClOrdID of the order's latest cancel/replace request, if it sent one.</param>
    public static ReconciliationAssessment Assess(VenueOrderStatus venue, PlatformOrderState? platform, ClientOrderId? pendingRequestId)
    {
        ArgumentNullException.ThrowIfNull(venue);
        if (platform is null)
        {
            return new(DiscrepancyKind.OrderMissingOnPlatform, false, false, false,
                $"The venue reports ClOrdID {venue.ClientOrderId} ({(venue.Unknown ? "unknown" : venue.Status.ToString())}, CumQty {venue.CumQty}) for an order the platform does not have.");
        }

        if (venue.Unknown)
        {
            return platform.IsTerminal
                ? new(DiscrepancyKind.NeverReachedVenue, true, true, false,
                    $"The venue has no order {venue.ClientOrderId}; it was never acknowledged, so the platform now holds it {platform.Status}.")
                : new(DiscrepancyKind.UnknownAtVenue, false, true, false,
                    $"The venue has no order {venue.ClientOrderId}, which the platform holds {platform.Status} with CumQty {platform.CumQty}; confirm with the venue and close the order by hand.");
        }

        if (venue.CumQty > platform.CumQty)
        {
            return new(DiscrepancyKind.MissedFills, false, false, false,
                $"The venue has executed {venue.CumQty} of order {venue.ClientOrderId} but the platform has recorded {platform.CumQty}: {venue.CumQty - platform.CumQty} missing. The order stays open to accept the missing fills if they are redelivered; otherwise book them from the venue's trade report.");
        }

        if (venue.CumQty < platform.CumQty)
        {
            return new(DiscrepancyKind.ExcessFills, false, false, false,
                $"The platform has recorded {platform.CumQty} executed on order {venue.ClientOrderId} but the venue reports only {venue.CumQty}: check for busted trades.");
        }

        var venueOpen = !venue.Status.IsTerminal();
        if (!venueOpen && platform.IsTerminal)
        {
            return new(null, true, true, false, $"Order {venue.ClientOrderId} is closed at the venue ({venue.Status}) and at the platform ({platform.Status}).");
        }

        if (!venueOpen)
        {
            return new(DiscrepancyKind.StatusMismatch, false, false, false,
                $"The venue reports order {venue.ClientOrderId} {venue.Status} but the platform still holds it {platform.Status}.");
        }

        if (platform.IsTerminal)
        {
            return new(DiscrepancyKind.StatusMismatch, false, true, false,
                $"The venue still works order {venue.ClientOrderId} ({venue.Status}) although the platform holds it {platform.Status}: cancel it at the venue.");
        }

        if (platform.HasPendingRequest && pendingRequestId is { } request && venue.ClientOrderId != request
            && venue.Status is not (OrderStatus.PendingCancel or OrderStatus.PendingReplace))
        {
            return new(DiscrepancyKind.LostRequest, true, false, true,
                $"The venue works order {venue.ClientOrderId} ({venue.Status}) with no trace of request {request}: it never arrived, so the order returns to its previous state.");
        }

        return new(null, true, false, false, $"Order {venue.ClientOrderId} agrees: {venue.Status}, CumQty {venue.CumQty}.");
    }
}
