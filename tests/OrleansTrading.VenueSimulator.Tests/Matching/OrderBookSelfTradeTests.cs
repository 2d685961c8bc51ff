using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.VenueSimulator.Matching;
using static OrleansTrading.VenueSimulator.Tests.Matching.TestMarket;

namespace OrleansTrading.VenueSimulator.Tests.Matching;

public sealed class OrderBookSelfTradeTests
{
    [Fact]
    public void Order_that_would_trade_with_its_own_participant_is_canceled_and_the_resting_order_stays()
    {
        var book = NewBook();
        book.Submit(Limit(Bob, "B1", OrderSide.Sell, 5, 100m), T0);

        var events = book.Submit(Limit(Bob, "B2", OrderSide.Buy, 5, 100m), At(1));

        Assert.Equal("Accepted Canceled", events.Kinds());
        var canceled = events.One<OrderCanceled>();
        Assert.Equal(CancelReason.SelfTradePrevention, canceled.Reason);
        Assert.Equal(Id("B2"), canceled.Order.ClientOrderId);
        Assert.Equal(new Price(100m), book.BestAsk);
        Assert.Null(book.BestBid);
    }

    [Fact]
    public void Fills_made_before_reaching_the_own_order_stand_and_only_the_remainder_is_canceled()
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 2, 100m), T0);
        book.Submit(Limit(Bob, "B1", OrderSide.Sell, 5, 100m), T0);
        book.Submit(Limit(Carol, "C1", OrderSide.Sell, 5, 100m), T0);

        var events = book.Submit(Limit(Bob, "B2", OrderSide.Buy, 6, 100m), At(1));

        Assert.Equal("Accepted Filled Filled Canceled", events.Kinds());
        var canceled = events.One<OrderCanceled>();
        Assert.Equal(new Quantity(2), canceled.Order.CumulativeQuantity);
        Assert.Equal([Id("B1"), Id("C1")], book.RestingOrders(OrderSide.Sell).Select(o => o.ClientOrderId));
    }

    [Fact]
    public void Fok_counts_only_the_liquidity_ahead_of_its_own_resting_orders()
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 2, 100m), T0);
        book.Submit(Limit(Bob, "B1", OrderSide.Sell, 5, 100m), T0);
        book.Submit(Limit(Carol, "C1", OrderSide.Sell, 5, 100m), T0);

        var events = book.Submit(Limit(Bob, "B2", OrderSide.Buy, 4, 100m, TimeInForce.Fok), At(1));

        Assert.Equal("Accepted Canceled", events.Kinds());
        Assert.Equal(CancelReason.FillOrKill, events.One<OrderCanceled>().Reason);
        Assert.Equal(3, book.RestingOrders(OrderSide.Sell).Count);
    }

    [Fact]
    public void Orders_of_one_participant_on_both_sides_may_rest_side_by_side_without_crossing()
    {
        var book = NewBook();
        book.Submit(Limit(Bob, "B1", OrderSide.Sell, 5, 101m), T0);

        var events = book.Submit(Limit(Bob, "B2", OrderSide.Buy, 5, 100m), At(1));

        Assert.Equal("Accepted", events.Kinds());
        Assert.True(book.BestBid < book.BestAsk);
    }
}
