using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Orders.Events;
using DomainOrderEvent = OrleansTrading.Domain.Orders.Events.OrderEvent;

namespace OrleansTrading.Grains.Orders;

/// <summary>
/// Turns kernel order events into the numbered changes clients see and the account journals. Events that change
/// nothing a client can observe (an ignored duplicate or stale report) are not changes.
/// </summary>
public static class OrderChanges
{
    public static OrderChange? From(DomainOrderEvent e, int version, OrderStatus statusNow) => e switch
    {
        OrderSubmitted s => Change(version, OrderEventKind.Submitted, statusNow, s, null),
        OrderAccepted a => Change(version, OrderEventKind.Accepted, statusNow, a, null),
        OrderRejected r => Change(version, OrderEventKind.Rejected, statusNow, r, r.Reason),
        OrderFilled f => new OrderChange(
            version,
            f.Status == OrderStatus.Filled ? OrderEventKind.Filled : OrderEventKind.PartiallyFilled,
            f.Status,
            ToView(f.Fill),
            null,
            f.TsEvent),
        OrderCancelRequested c => Change(version, OrderEventKind.CancelRequested, statusNow, c, null),
        OrderCanceled c => Change(version, OrderEventKind.Canceled, statusNow, c, null),
        CancelRejected c => Change(version, OrderEventKind.CancelRejected, c.Status, c, c.Text ?? c.Reason.ToString()),
        OrderReplaceRequested r => Change(version, OrderEventKind.ReplaceRequested, statusNow, r, null),
        OrderReplaced r => Change(version, OrderEventKind.Replaced, statusNow, r, null),
        ReplaceRejected r => Change(version, OrderEventKind.ReplaceRejected, statusNow, r, r.Text ?? r.Reason.ToString()),
        OrderExpired x => Change(version, OrderEventKind.Expired, statusNow, x, null),
        OrderDoneForDay d => Change(version, OrderEventKind.DoneForDay, statusNow, d, null),
        OrderSuspended s => Change(version, OrderEventKind.Suspended, statusNow, s, null),
        OrderResumed r => Change(version, OrderEventKind.Resumed, statusNow, r, null),
        OrderRestated r => Change(version, OrderEventKind.Restated, statusNow, r, null),
        OverfillDetected o => Change(version, OrderEventKind.DiscrepancyDetected, statusNow, o, "Overfill reported by the venue: " + o),
        CumQtyMismatchDetected m => Change(version, OrderEventKind.DiscrepancyDetected, statusNow, m, "Venue cumulative quantity differs from recorded fills: " + m),
        ExecutionReportRefused x => Change(version, OrderEventKind.DiscrepancyDetected, statusNow, x, "Execution report refused: " + x),
        _ => null,
    };

    public static OrderFillView ToView(Fill fill) =>
        new(fill.FillId, fill.ExecId ?? default, fill.Quantity, fill.Price, fill.Commission, fill.TsEvent);

    private static OrderChange Change(int version, OrderEventKind kind, OrderStatus status, DomainOrderEvent e, string? text) =>
        new(version, kind, status, null, text, e.TsEvent);
}
