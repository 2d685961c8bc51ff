using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Simulation;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Tests.Simulation;

internal static class Orders
{
    public static readonly ClientOrderId Id = new("C-1");

    public static OrderView Market(OrderSide side, decimal quantity, TimeInForce tif = TimeInForce.Day) =>
        new(Id, side, OrderType.Market, tif, new Quantity(quantity));

    public static OrderView Limit(OrderSide side, decimal quantity, decimal limit, TimeInForce tif = TimeInForce.Day) =>
        new(Id, side, OrderType.Limit, tif, new Quantity(quantity), limitPrice: new Price(limit));

    public static OrderView Stop(OrderSide side, decimal quantity, decimal stop, TimeInForce tif = TimeInForce.Day) =>
        new(Id, side, OrderType.Stop, tif, new Quantity(quantity), stopPrice: new Price(stop));

    public static OrderView StopLimit(OrderSide side, decimal quantity, decimal stop, decimal limit) =>
        new(Id, side, OrderType.StopLimit, TimeInForce.Day, new Quantity(quantity), limitPrice: new Price(limit), stopPrice: new Price(stop));
}
