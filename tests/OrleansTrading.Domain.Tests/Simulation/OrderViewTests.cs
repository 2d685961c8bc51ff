using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Simulation;
using OrleansTrading.Domain.Values;
using static OrleansTrading.Domain.Tests.Simulation.Orders;

namespace OrleansTrading.Domain.Tests.Simulation;

public class OrderViewTests
{
    [Fact]
    public void Limit_order_without_a_limit_price_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new OrderView(Id, OrderSide.Buy, OrderType.Limit, TimeInForce.Day, new Quantity(1m)));
        Assert.Contains("limit price", error.Message);
    }

    [Fact]
    public void Stop_order_without_a_stop_price_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new OrderView(Id, OrderSide.Sell, OrderType.StopLimit, TimeInForce.Day, new Quantity(1m), limitPrice: new Price(1m)));
    }

    [Fact]
    public void Market_order_with_a_limit_price_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new OrderView(Id, OrderSide.Sell, OrderType.Market, TimeInForce.Day, new Quantity(1m), limitPrice: new Price(1m)));
    }

    [Fact]
    public void Completely_filled_order_is_refused_because_nothing_is_left_to_work()
    {
        var error = Assert.Throws<ArgumentException>(() => new OrderView(Id, OrderSide.Buy, OrderType.Market, TimeInForce.Day, new Quantity(5m), new Quantity(5m)));
        Assert.Contains("nothing left", error.Message);
    }

    [Fact]
    public void Zero_quantity_and_missing_id_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new OrderView(Id, OrderSide.Buy, OrderType.Market, TimeInForce.Day, Quantity.Zero));
        Assert.Throws<ArgumentException>(() => new OrderView(default, OrderSide.Buy, OrderType.Market, TimeInForce.Day, new Quantity(1m)));
    }

    [Fact]
    public void WithFill_accumulates_quantity_notional_and_keeps_the_stop_triggered()
    {
        var order = Stop(OrderSide.Buy, 10, 100m).WithFill(new Quantity(4m), 400m, stopTriggered: true).WithFill(new Quantity(1m), 101m, stopTriggered: false);

        Assert.Equal((5m, 501m, true, 5m), (order.FilledQuantity.Value, order.FilledNotional, order.StopTriggered, order.LeavesQuantity.Value));
    }
}
