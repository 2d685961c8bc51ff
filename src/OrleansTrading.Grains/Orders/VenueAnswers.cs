using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using DomainOrderEvent = OrleansTrading.Domain.Orders.Events.OrderEvent;

namespace OrleansTrading.Grains.Orders;

/// <summary>
/// How a venue's answer to a send, cancel, replace or status request changes an order, the same for the order grain
/// and for an account submitting an order itself: everything goes through the kernel <see cref="Order"/> (ExecID
/// dedupe, overfill and cumulative-quantity checks).
/// </summary>
internal static class VenueAnswers
{
    /// <summary>
    /// Applies the answer in order — a refusal of an order the venue never acknowledged rejects it; each report; a
    /// cancel or replace the gateway did not send goes back as if the venue had refused it; each cancel reject — and
    /// hands the events of every change to <paramref name="record"/>. Reports the kernel flags (overfill, a cumulative
    /// quantity that does not add up, a refused report) go to <paramref name="flagged"/>. True when anything changed.
    /// </summary>
    public static bool Apply(
        Order order, VenueResponse response, string refusalPrefix, UnixNanos at,
        Action<IReadOnlyList<DomainOrderEvent>> record, Action<ExecutionOutcome>? flagged = null)
    {
        var changed = false;
        if (response.Refusal is { } refusal && order.Status == OrderStatus.PendingNew)
        {
            var rejected = order.RejectUndelivered($"{refusalPrefix}: {refusal.Message}", at);
            if (rejected.Succeeded)
            {
                record(rejected.Events);
                changed = true;
            }
        }

        foreach (var report in response.Reports)
        {
            changed |= Take(order.Apply(report, at));
        }

        if (response.Refusal is { } notSent && response.CancelRejects.IsDefaultOrEmpty && order.PendingRequest is { } pending)
        {
            // the gateway did not send the cancel or replace (e.g. the venue is not configured on this silo): the
            // order goes back to where it was, as if the venue had refused the request
            changed |= Take(order.Apply(NotSent(pending, $"{refusalPrefix}: {notSent.Message}", at), at));
        }

        foreach (var reject in response.CancelRejects)
        {
            changed |= Take(order.Apply(reject, at));
        }

        return changed;

        bool Take(ExecutionOutcome outcome)
        {
            if (outcome.Kind is ExecutionOutcomeKind.Overfill or ExecutionOutcomeKind.CumQtyMismatch or ExecutionOutcomeKind.Refused)
            {
                flagged?.Invoke(outcome);
            }

            if (outcome.StateChanged)
            {
                record(outcome.Events);
            }

            return outcome.StateChanged;
        }
    }

    /// <summary>A cancel or replace that never reached the venue, answered as the venue's refusal of it.</summary>
    public static CancelReject NotSent(PendingOrderRequest pending, string text, UnixNanos at) => new(
        pending.ClientOrderId,
        pending.Kind == PendingRequestKind.Cancel ? CancelRejectResponseTo.CancelRequest : CancelRejectResponseTo.CancelReplaceRequest,
        CancelRejectReason.Other,
        at)
    {
        OrigClientOrderId = pending.OrigClientOrderId,
        Text = text,
    };
}
