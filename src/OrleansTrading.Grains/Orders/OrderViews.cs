using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Grains.Orders;

/// <summary>What clients see of an order: derived from the kernel order, the client's request and the numbered changes.</summary>
internal static class OrderViews
{
    public static OrderView Build(SubmitOrderRequest request, Order order, IReadOnlyList<OrderChange> changes, UnixNanos updatedAt) => new(
        request.Account,
        request.Strategy,
        request.Instrument,
        request.ClientOrderId,
        order.ClientOrderId,
        order.VenueOrderId,
        order.Venue,
        order.Side,
        order.Type,
        order.TimeInForce,
        order.Quantity,
        order.LimitPrice,
        order.StopPrice,
        order.ExpireTime,
        order.Status,
        order.CumQty,
        order.LeavesQty,
        order.CumQty.IsZero ? null : order.AvgPx,
        changes.LastOrDefault(c => c.Text is not null)?.Text,
        order.TsInit,
        updatedAt,
        changes.Count,
        [.. order.Fills.Select(OrderChanges.ToView)]);

    /// <summary>The view of a journaled order record, as the order grain would show it.</summary>
    public static OrderView From(OrderRecord record)
    {
        var order = Order.Restore(record.Order);
        return Build(record.Request, order, record.Changes, order.TsLastUpdate);
    }
}
