using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Execution.Routing;
using OrleansTrading.Fix.Codec;

namespace OrleansTrading.Execution.Fix;

/// <summary>
/// Builds the FIX 4.4 requests a venue connector sends, into a reusable <see cref="FixMessageBuilder"/>: orders,
/// cancels and replaces with their ClOrdID/OrigClOrdID chain, and the status requests of reconciliation. Side, OrdType
/// and TimeInForce map to their FIX characters through the kernel enums' FIX values.
/// </summary>
public static class FixOrderMessages
{
    /// <summary>MassStatusReqType 7: the status of all our orders.</summary>
    public const int MassStatusAllOrders = 7;

    /// <summary>NewOrderSingle (35=D).</summary>
    public static FixMessageBuilder NewOrderSingle(FixMessageBuilder builder, VenueOrder order, string symbol)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(order);
        builder.Reset(FixMsgTypes.NewOrderSingle)
            .Add(FixTags.ClOrdId, order.VenueClientOrderId.Value)
            .Add(FixTags.Account, order.Account.Value)
            .Add(FixTags.HandlInst, '1')
            .Add(FixTags.Symbol, symbol)
            .Add(FixTags.Side, SideCode(order.Side))
            .AddTimestamp(FixTags.TransactTime, order.SentAt.ToDateTime())
            .Add(FixTags.OrderQty, order.Quantity.Value)
            .Add(FixTags.OrdType, OrdTypeCode(order.Type));
        AddPrices(builder, order.LimitPrice, order.StopPrice);
        builder.Add(FixTags.TimeInForce, TimeInForceCode(order.TimeInForce));
        if (order.TimeInForce == TimeInForce.Gtd && order.ExpireTime is { } expire)
        {
            builder.AddTimestamp(VenueFixTags.ExpireTime, expire.ToDateTime());
        }

        return builder;
    }

    /// <summary>OrderCancelRequest (35=F) for the order the venue knows as OrigClOrdID.</summary>
    public static FixMessageBuilder OrderCancelRequest(FixMessageBuilder builder, VenueCancelRequest request, OrderRoute route, UnixNanos transactTime)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(route);
        builder.Reset(FixMsgTypes.OrderCancelRequest)
            .Add(FixTags.OrigClOrdId, request.OrigVenueClientOrderId.Value);
        AddOrderId(builder, request.VenueOrderId);
        return builder
            .Add(FixTags.ClOrdId, request.VenueClientOrderId.Value)
            .Add(FixTags.Account, route.Account.Value)
            .Add(FixTags.Symbol, route.Symbol)
            .Add(FixTags.Side, SideCode(request.Side))
            .AddTimestamp(FixTags.TransactTime, transactTime.ToDateTime())
            .Add(FixTags.OrderQty, request.Quantity.Value);
    }

    /// <summary>OrderCancelReplaceRequest (35=G) carrying the order's full new terms.</summary>
    public static FixMessageBuilder OrderCancelReplaceRequest(FixMessageBuilder builder, VenueReplaceRequest request, OrderRoute route, UnixNanos transactTime)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(route);
        builder.Reset(FixMsgTypes.OrderCancelReplaceRequest);
        AddOrderId(builder, request.VenueOrderId);
        builder
            .Add(FixTags.OrigClOrdId, request.OrigVenueClientOrderId.Value)
            .Add(FixTags.ClOrdId, request.VenueClientOrderId.Value)
            .Add(FixTags.Account, route.Account.Value)
            .Add(FixTags.HandlInst, '1')
            .Add(FixTags.Symbol, route.Symbol)
            .Add(FixTags.Side, SideCode(request.Side))
            .AddTimestamp(FixTags.TransactTime, transactTime.ToDateTime())
            .Add(FixTags.OrderQty, request.Quantity.Value)
            .Add(FixTags.OrdType, OrdTypeCode(request.Type));
        AddPrices(builder, request.LimitPrice, request.StopPrice);
        builder.Add(FixTags.TimeInForce, TimeInForceCode(request.TimeInForce));
        if (request.TimeInForce == TimeInForce.Gtd && route.ExpireTime is { } expire)
        {
            builder.AddTimestamp(VenueFixTags.ExpireTime, expire.ToDateTime());
        }

        return builder;
    }

    /// <summary>OrderStatusRequest (35=H) naming the order by its current ClOrdID and, when known, the venue's OrderID.</summary>
    public static FixMessageBuilder OrderStatusRequest(FixMessageBuilder builder, OrderRoute route, ClientOrderId clientOrderId, VenueOrderId? venueOrderId, string requestId)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(route);
        builder.Reset(FixMsgTypes.OrderStatusRequest);
        AddOrderId(builder, venueOrderId);
        return builder
            .Add(FixTags.ClOrdId, clientOrderId.Value)
            .Add(FixTags.Account, route.Account.Value)
            .Add(FixTags.Symbol, route.Symbol)
            .Add(FixTags.Side, SideCode(route.Side))
            .Add(VenueFixTags.OrdStatusReqId, requestId);
    }

    /// <summary>OrderMassStatusRequest (35=AF) for all of this session's orders.</summary>
    public static FixMessageBuilder OrderMassStatusRequest(FixMessageBuilder builder, string requestId)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Reset(FixMsgTypes.OrderMassStatusRequest)
            .Add(VenueFixTags.MassStatusReqId, requestId)
            .Add(VenueFixTags.MassStatusReqType, MassStatusAllOrders);
    }

    public static char SideCode(OrderSide side) => side switch
    {
        OrderSide.Buy or OrderSide.Sell => (char)('0' + (int)side),
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "Only Buy and Sell are sent to venues."),
    };

    public static char OrdTypeCode(OrderType type) => type switch
    {
        OrderType.Market or OrderType.Limit or OrderType.Stop or OrderType.StopLimit => (char)('0' + (int)type),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown order type."),
    };

    public static char TimeInForceCode(TimeInForce timeInForce) => timeInForce switch
    {
        TimeInForce.Day or TimeInForce.Gtc or TimeInForce.Ioc or TimeInForce.Fok or TimeInForce.Gtd => (char)('0' + (int)timeInForce),
        _ => throw new ArgumentOutOfRangeException(nameof(timeInForce), timeInForce, "Unknown time in force."),
    };

    private static void AddPrices(FixMessageBuilder builder, Price? limitPrice, Price? stopPrice)
    {
        if (limitPrice is { } limit)
        {
            builder.Add(FixTags.Price, limit.Value);
        }

        if (stopPrice is { } stop)
        {
            builder.Add(FixTags.StopPx, stop.Value);
        }
    }

    private static void AddOrderId(FixMessageBuilder builder, VenueOrderId? venueOrderId)
    {
        if (venueOrderId is { } id)
        {
            builder.Add(FixTags.OrderId, id.Value);
        }
    }
}
