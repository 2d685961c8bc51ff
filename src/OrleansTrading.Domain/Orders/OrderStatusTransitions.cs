using System.Text;
using static OrleansTrading.Domain.Orders.OrderStatus;

namespace OrleansTrading.Domain.Orders;

/// <summary>
/// The order state machine as data: every status change an <see cref="Order"/> may make, and nothing else. The order
/// checks each change against this table; anything not listed is refused. A report that leaves the status as it is
/// (another partial fill in PartiallyFilled, a fill while a cancel is pending, a late fill on a canceled order) is not
/// a transition. No row leaves a terminal status, and no row enters or leaves <see cref="Replaced"/>: a replace
/// keeps the same order and advances its ClOrdID chain, so the order is never held in that status.
/// </summary>
public static class OrderStatusTransitions
{
    private static readonly OrderStatus[] _statuses = Enum.GetValues<OrderStatus>();
    /// <summary>Every allowed transition, grouped by the status it leaves.</summary>
    public static IReadOnlyList<OrderStatusTransition> All { get; } =
    [
        new(Initialized, PendingNew, "submitted to the venue"),
        new(Initialized, Rejected, "refused by the platform before it was sent"),
        new(Initialized, Canceled, "canceled before it was sent"),
        new(Initialized, Expired, "expiry reached before it was sent"),

        new(PendingNew, New, "venue acknowledged (ExecType New)"),
        new(PendingNew, PartiallyFilled, "fill before the acknowledgement"),
        new(PendingNew, Filled, "complete fill before the acknowledgement"),
        new(PendingNew, Rejected, "venue rejected the order"),
        new(PendingNew, Canceled, "venue canceled it (e.g. IOC/FOK without a fill)"),
        new(PendingNew, Expired, "expired before the acknowledgement"),
        new(PendingNew, PendingCancel, "we asked to cancel before the acknowledgement"),

        new(New, PartiallyFilled, "partial fill"),
        new(New, Filled, "complete fill"),
        new(New, PendingCancel, "we asked to cancel"),
        new(New, PendingReplace, "we asked to replace"),
        new(New, Canceled, "venue canceled it (unsolicited, or IOC remainder)"),
        new(New, Expired, "venue expired it, or its Day/GTD expiry passed"),
        new(New, DoneForDay, "venue: no more executions today"),
        new(New, Suspended, "venue suspended it"),

        new(PartiallyFilled, Filled, "fill completes the order"),
        new(PartiallyFilled, PendingCancel, "we asked to cancel"),
        new(PartiallyFilled, PendingReplace, "we asked to replace"),
        new(PartiallyFilled, Canceled, "venue canceled the remainder"),
        new(PartiallyFilled, Expired, "venue expired the remainder, or its Day/GTD expiry passed"),
        new(PartiallyFilled, DoneForDay, "venue: no more executions today"),
        new(PartiallyFilled, Suspended, "venue suspended it"),

        new(PendingCancel, PendingNew, "cancel rejected, order not yet acknowledged"),
        new(PendingCancel, New, "cancel rejected"),
        new(PendingCancel, PartiallyFilled, "cancel rejected after a partial fill"),
        new(PendingCancel, DoneForDay, "cancel rejected, order done for the day"),
        new(PendingCancel, Suspended, "cancel rejected, order suspended"),
        new(PendingCancel, Filled, "fill completed the order before the cancel"),
        new(PendingCancel, Canceled, "cancel confirmed"),
        new(PendingCancel, Expired, "order expired before the cancel"),
        new(PendingCancel, Rejected, "the order itself was rejected (cancel sent before the acknowledgement)"),

        new(PendingReplace, New, "replace confirmed (nothing filled) or rejected"),
        new(PendingReplace, PartiallyFilled, "replace confirmed or rejected after a partial fill"),
        new(PendingReplace, DoneForDay, "replace confirmed or rejected, order done for the day"),
        new(PendingReplace, Suspended, "replace confirmed or rejected, order suspended"),
        new(PendingReplace, Filled, "fill completed the order, or the replace lowered the quantity to CumQty"),
        new(PendingReplace, Canceled, "venue canceled the order"),
        new(PendingReplace, Expired, "order expired before the replace"),

        new(DoneForDay, New, "reinstated for the next trading day (nothing filled)"),
        new(DoneForDay, PartiallyFilled, "reinstated after a partial fill, or a late fill"),
        new(DoneForDay, Filled, "late fill completes the order"),
        new(DoneForDay, PendingCancel, "we asked to cancel"),
        new(DoneForDay, PendingReplace, "we asked to replace"),
        new(DoneForDay, Canceled, "venue canceled it"),
        new(DoneForDay, Expired, "venue expired it, or its Day/GTD expiry passed"),
        new(DoneForDay, Suspended, "venue suspended it"),

        new(Suspended, New, "resumed (nothing filled)"),
        new(Suspended, PartiallyFilled, "resumed after a partial fill, or a late fill"),
        new(Suspended, Filled, "late fill completes the order"),
        new(Suspended, PendingCancel, "we asked to cancel"),
        new(Suspended, PendingReplace, "we asked to replace"),
        new(Suspended, Canceled, "venue canceled it"),
        new(Suspended, Expired, "venue expired it, or its Day/GTD expiry passed"),
        new(Suspended, DoneForDay, "venue: no more executions today"),
    ];

    private static readonly bool[,] _allowed = BuildMatrix();

    /// <summary>True when the table lists <paramref name="from"/> → <paramref name="to"/>.</summary>
    public static bool IsAllowed(OrderStatus from, OrderStatus to) =>
        (uint)from < (uint)_statuses.Length && (uint)to < (uint)_statuses.Length && _allowed[(int)from, (int)to];

    /// <summary>The statuses reachable from <paramref name="from"/> in one step.</summary>
    public static IEnumerable<OrderStatus> From(OrderStatus from) => All.Where(t => t.From == from).Select(t => t.To);

    /// <summary>The table as Markdown (from | to | cause), as printed in docs/domain/orders.md.</summary>
    public static string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("| from | to | cause |\n");
        text.Append("|---|---|---|\n");
        foreach (var transition in All)
        {
            text.Append("| ").Append(transition.From).Append(" | ").Append(transition.To).Append(" | ").Append(transition.Cause).Append(" |\n");
        }

        return text.ToString();
    }

    private static bool[,] BuildMatrix()
    {
        var allowed = new bool[_statuses.Length, _statuses.Length];
        foreach (var transition in All)
        {
            if (allowed[(int)transition.From, (int)transition.To])
            {
                throw new InvalidOperationException($"Transition {transition.From} → {transition.To} is listed twice.");
            }

            allowed[(int)transition.From, (int)transition.To] = true;
        }

        return allowed;
    }
}
