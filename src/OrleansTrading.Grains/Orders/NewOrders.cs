using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Grains.Orders;

/// <summary>
/// How a submission request becomes a kernel order, the same for the account (which submits directly) and the order
/// grain (which submits, and rebuilds orders admitted before).
/// </summary>
internal static class NewOrders
{
    /// <summary>No venue named means the paper venue; requests are compared and stored with it named.</summary>
    public static SubmitOrderRequest WithVenue(SubmitOrderRequest request) => request.Venue is null ? request with { Venue = OrderGrain.PaperVenue } : request;

    public static OrderSpecification Specification(SubmitOrderRequest request) => new(
        VenueClientOrderIds.For(request.Account, request.ClientOrderId),
        request.Account,
        request.Strategy,
        request.Instrument,
        request.Venue ?? OrderGrain.PaperVenue,
        request.Side,
        request.Type,
        request.TimeInForce,
        request.Quantity)
    {
        LimitPrice = request.LimitPrice,
        StopPrice = request.StopPrice,
        ExpireTime = request.ExpireTime,
    };

    /// <summary>The order marked submitted, with that change as the order's version 1.</summary>
    public static (Order Order, OrderChange Submitted) MarkSubmitted(Order order, UnixNanos now)
    {
        var submitted = order.MarkSubmitted(now);
        return (order, OrderChanges.From(submitted.Events[0], 1, order.Status)!);
    }

    /// <summary>What is sent to the venue for the order.</summary>
    public static VenueOrder ToVenue(string orderKey, SubmitOrderRequest request, Order order) => new(
        orderKey,
        request.Account,
        request.Instrument,
        order.ClientOrderId,
        request.Side,
        request.Type,
        request.Quantity,
        request.LimitPrice,
        request.StopPrice,
        request.TimeInForce,
        request.ExpireTime,
        order.TsInit);
}
