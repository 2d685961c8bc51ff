using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Domain.Orders;
using ProtoEventKind = OrleansTrading.Api.V1.OrderEventKind;
using ProtoOrderStatus = OrleansTrading.Api.V1.OrderStatus;
using ProtoOrderType = OrleansTrading.Api.V1.OrderType;
using ProtoSide = OrleansTrading.Api.V1.Side;
using ProtoTimeInForce = OrleansTrading.Api.V1.TimeInForce;
using ProtoTradingMode = OrleansTrading.Api.V1.TradingMode;

namespace OrleansTrading.Api.Mapping;

/// <summary>Proto enums to and from kernel enums. From-proto returns null for UNSPECIFIED and for numbers the contract does not define.</summary>
public static class ProtoEnums
{
    public static OrderSide? ToDomain(ProtoSide side) => side switch
    {
        ProtoSide.Buy => OrderSide.Buy,
        ProtoSide.Sell => OrderSide.Sell,
        _ => null,
    };

    public static ProtoSide ToProto(OrderSide side) => side switch
    {
        OrderSide.Buy => ProtoSide.Buy,
        OrderSide.Sell => ProtoSide.Sell,
        _ => ProtoSide.Unspecified,
    };

    public static OrderType? ToDomain(ProtoOrderType type) => type switch
    {
        ProtoOrderType.Market => OrderType.Market,
        ProtoOrderType.Limit => OrderType.Limit,
        ProtoOrderType.Stop => OrderType.Stop,
        ProtoOrderType.StopLimit => OrderType.StopLimit,
        _ => null,
    };

    public static ProtoOrderType ToProto(OrderType type) => type switch
    {
        OrderType.Market => ProtoOrderType.Market,
        OrderType.Limit => ProtoOrderType.Limit,
        OrderType.Stop => ProtoOrderType.Stop,
        OrderType.StopLimit => ProtoOrderType.StopLimit,
        _ => ProtoOrderType.Unspecified,
    };

    public static TimeInForce? ToDomain(ProtoTimeInForce tif) => tif switch
    {
        ProtoTimeInForce.Day => TimeInForce.Day,
        ProtoTimeInForce.Gtc => TimeInForce.Gtc,
        ProtoTimeInForce.Ioc => TimeInForce.Ioc,
        ProtoTimeInForce.Fok => TimeInForce.Fok,
        ProtoTimeInForce.Gtd => TimeInForce.Gtd,
        _ => null,
    };

    public static ProtoTimeInForce ToProto(TimeInForce tif) => tif switch
    {
        TimeInForce.Day => ProtoTimeInForce.Day,
        TimeInForce.Gtc => ProtoTimeInForce.Gtc,
        TimeInForce.Ioc => ProtoTimeInForce.Ioc,
        TimeInForce.Fok => ProtoTimeInForce.Fok,
        TimeInForce.Gtd => ProtoTimeInForce.Gtd,
        _ => ProtoTimeInForce.Unspecified,
    };

    public static OrderStatus? ToDomain(ProtoOrderStatus status) => status switch
    {
        ProtoOrderStatus.Initialized => OrderStatus.Initialized,
        ProtoOrderStatus.PendingNew => OrderStatus.PendingNew,
        ProtoOrderStatus.New => OrderStatus.New,
        ProtoOrderStatus.PartiallyFilled => OrderStatus.PartiallyFilled,
        ProtoOrderStatus.Filled => OrderStatus.Filled,
        ProtoOrderStatus.PendingCancel => OrderStatus.PendingCancel,
        ProtoOrderStatus.Canceled => OrderStatus.Canceled,
        ProtoOrderStatus.PendingReplace => OrderStatus.PendingReplace,
        ProtoOrderStatus.Replaced => OrderStatus.Replaced,
        ProtoOrderStatus.Rejected => OrderStatus.Rejected,
        ProtoOrderStatus.Expired => OrderStatus.Expired,
        ProtoOrderStatus.DoneForDay => OrderStatus.DoneForDay,
        ProtoOrderStatus.Suspended => OrderStatus.Suspended,
        _ => null,
    };

    public static ProtoOrderStatus ToProto(OrderStatus status) => status switch
    {
        OrderStatus.Initialized => ProtoOrderStatus.Initialized,
        OrderStatus.PendingNew => ProtoOrderStatus.PendingNew,
        OrderStatus.New => ProtoOrderStatus.New,
        OrderStatus.PartiallyFilled => ProtoOrderStatus.PartiallyFilled,
        OrderStatus.Filled => ProtoOrderStatus.Filled,
        OrderStatus.PendingCancel => ProtoOrderStatus.PendingCancel,
        OrderStatus.Canceled => ProtoOrderStatus.Canceled,
        OrderStatus.PendingReplace => ProtoOrderStatus.PendingReplace,
        OrderStatus.Replaced => ProtoOrderStatus.Replaced,
        OrderStatus.Rejected => ProtoOrderStatus.Rejected,
        OrderStatus.Expired => ProtoOrderStatus.Expired,
        OrderStatus.DoneForDay => ProtoOrderStatus.DoneForDay,
        OrderStatus.Suspended => ProtoOrderStatus.Suspended,
        _ => ProtoOrderStatus.Unspecified,
    };

    public static ProtoEventKind ToProto(Abstractions.Orders.OrderEventKind kind) => kind switch
    {
        Abstractions.Orders.OrderEventKind.Submitted => ProtoEventKind.Submitted,
        Abstractions.Orders.OrderEventKind.Accepted => ProtoEventKind.Accepted,
        Abstractions.Orders.OrderEventKind.Rejected => ProtoEventKind.Rejected,
        Abstractions.Orders.OrderEventKind.PartiallyFilled => ProtoEventKind.PartiallyFilled,
        Abstractions.Orders.OrderEventKind.Filled => ProtoEventKind.Filled,
        Abstractions.Orders.OrderEventKind.CancelRequested => ProtoEventKind.CancelRequested,
        Abstractions.Orders.OrderEventKind.Canceled => ProtoEventKind.Canceled,
        Abstractions.Orders.OrderEventKind.CancelRejected => ProtoEventKind.CancelRejected,
        Abstractions.Orders.OrderEventKind.ReplaceRequested => ProtoEventKind.ReplaceRequested,
        Abstractions.Orders.OrderEventKind.Replaced => ProtoEventKind.Replaced,
        Abstractions.Orders.OrderEventKind.ReplaceRejected => ProtoEventKind.ReplaceRejected,
        Abstractions.Orders.OrderEventKind.Expired => ProtoEventKind.Expired,
        Abstractions.Orders.OrderEventKind.DoneForDay => ProtoEventKind.DoneForDay,
        Abstractions.Orders.OrderEventKind.Suspended => ProtoEventKind.Suspended,
        Abstractions.Orders.OrderEventKind.Resumed => ProtoEventKind.Resumed,
        Abstractions.Orders.OrderEventKind.Restated => ProtoEventKind.Restated,
        Abstractions.Orders.OrderEventKind.DiscrepancyDetected => ProtoEventKind.DiscrepancyDetected,
        _ => ProtoEventKind.Unspecified,
    };

    public static ProtoTradingMode ToProto(TradingMode mode) => mode switch
    {
        TradingMode.Active => ProtoTradingMode.Active,
        TradingMode.ReduceOnly => ProtoTradingMode.ReduceOnly,
        TradingMode.Halted => ProtoTradingMode.Halted,
        _ => ProtoTradingMode.Unspecified,
    };

    public static TradingMode? ToDomain(ProtoTradingMode mode) => mode switch
    {
        ProtoTradingMode.Active => TradingMode.Active,
        ProtoTradingMode.ReduceOnly => TradingMode.ReduceOnly,
        ProtoTradingMode.Halted => TradingMode.Halted,
        _ => null,
    };
}
