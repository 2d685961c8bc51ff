using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.VenueSimulator.Matching;
using static OrleansTrading.VenueSimulator.Tests.Matching.TestMarket;

namespace OrleansTrading.VenueSimulator.Tests.Matching;

public sealed class OrderBookStopOrderTests
{
    [Fact]
    public void Stop_order_waits_unseen_until_a_trade_reaches_its_stop_price()
    {
        var book = NewBook();

        var events = book.Submit(Stop(Bob, "B1", OrderSide.Buy, 2, 101m), T0);

        Assert.Equal("Accepted", events.Kinds());
        Assert.False(events.One<OrderAccepted>().Order.IsTriggered);
        Assert.Null(book.BestBid);
        Assert.Empty(book.RestingOrders(OrderSide.Buy));
        Assert.Single(book.OpenOrders(Bob));
    }

    [Fact]
    public void Buy_stop_triggers_on_a_trade_at_its_stop_price_and_then_trades_as_a_market_order()
    {
        var book = NewBook();
        book.Submit(Stop(Bob, "B1", OrderSide.Buy, 2, 101m), T0);
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 1, 101m), T0);
        book.Submit(Limit(Alice, "A2", OrderSide.Sell, 5, 103m), T0);

        var events = book.Submit(Limit(Carol, "C1", OrderSide.Buy, 1, 101m), At(1));

        Assert.Equal("Accepted Filled Filled Triggered Filled Filled", events.Kinds());
        var triggered = events.One<OrderTriggered>();
        Assert.True(triggered.Order.IsTriggered);
        Assert.Equal(new Price(103m), events.FillsOf("B1").Single().Price);
        Assert.Equal(OrderStatus.Filled, events.FillsOf("B1").Single().Order.Status);
    }

    [Fact]
    public void Sell_stop_limit_rests_as_a_limit_order_after_its_trigger_when_it_cannot_fill()
    {
        var book = NewBook();
        book.Submit(StopLimit(Bob, "B1", OrderSide.Sell, 3, 99m, 98.50m), T0);
        book.Submit(Limit(Alice, "A1", OrderSide.Buy, 1, 99m), T0);

        var events = book.Submit(Limit(Carol, "C1", OrderSide.Sell, 1, 99m), At(1));

        Assert.Equal("Accepted Filled Filled Triggered", events.Kinds());
        Assert.Equal(new Price(98.50m), book.BestAsk);
        var resting = Assert.Single(book.RestingOrders(OrderSide.Sell));
        Assert.Equal(Id("B1"), resting.ClientOrderId);
        Assert.True(resting.IsTriggered);
    }

    [Fact]
    public void Stop_arrives_triggered_when_the_last_trade_is_already_through_it()
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 1, 100m), T0);
        book.Submit(Limit(Carol, "C1", OrderSide.Buy, 1, 100m), T0);
        book.Submit(Limit(Alice, "A2", OrderSide.Buy, 4, 99m), T0);

        var events = book.Submit(Stop(Bob, "B1", OrderSide.Sell, 2, 100.50m), At(1));

        Assert.Equal("Accepted Triggered Filled Filled", events.Kinds());
        Assert.Equal(new Price(99m), events.FillsOf("B1").Single().Price);
    }

    [Fact]
    public void A_triggered_stops_trades_can_trigger_further_stops_in_the_same_operation()
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 1, 100m), T0);
        book.Submit(Limit(Alice, "A2", OrderSide.Sell, 1, 101m), T0);
        book.Submit(Limit(Alice, "A3", OrderSide.Sell, 1, 102m), T0);
        book.Submit(Stop(Bob, "B1", OrderSide.Buy, 1, 100m), T0);
        book.Submit(Stop(Carol, "C1", OrderSide.Buy, 1, 101m), T0);

        var events = book.Submit(Market(MarketMaker, "M1", OrderSide.Buy, 1), At(1));

        Assert.Equal("Accepted Filled Filled Triggered Filled Filled Triggered Filled Filled", events.Kinds());
        Assert.Equal(new Price(101m), events.FillsOf("B1").Single().Price);
        Assert.Equal(new Price(102m), events.FillsOf("C1").Single().Price);
    }

    [Fact]
    public void Stop_triggered_by_any_trade_of_a_sweep_not_only_the_last_one()
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 1, 100m), T0);
        book.Submit(Limit(Alice, "A2", OrderSide.Sell, 1, 102m), T0);
        book.Submit(Limit(Alice, "A3", OrderSide.Buy, 1, 95m), T0);
        book.Submit(Stop(Bob, "B1", OrderSide.Sell, 1, 100m), T0);

        var events = book.Submit(Market(Carol, "C1", OrderSide.Buy, 2), At(1));

        Assert.Equal(OrderStatus.Filled, events.FillsOf("B1").Single().Order.Status);
        Assert.Equal(new Price(95m), events.FillsOf("B1").Single().Price);
    }

    [Fact]
    public void Waiting_stop_can_be_canceled()
    {
        var book = NewBook();
        book.Submit(Stop(Bob, "B1", OrderSide.Buy, 2, 101m), T0);

        var canceled = book.Cancel(CancelOf(Bob, "B1-cxl", "B1"), At(1)).One<OrderCanceled>();
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 1, 101m), At(2));
        var later = book.Submit(Limit(Carol, "C1", OrderSide.Buy, 1, 101m), At(3));

        Assert.Equal(OrderStatus.Canceled, canceled.Order.Status);
        Assert.Empty(later.All<OrderTriggered>());
    }

    [Fact]
    public void Triggered_stop_limit_changes_its_limit_but_not_its_stop_price()
    {
        var book = NewBook();
        book.Submit(StopLimit(Bob, "B1", OrderSide.Sell, 3, 99m, 98.50m), T0);
        book.Submit(Limit(Alice, "A1", OrderSide.Buy, 1, 99m), T0);
        book.Submit(Limit(Carol, "C1", OrderSide.Sell, 1, 99m), T0);

        var stopChange = book.Replace(new ReplaceOrderRequest(Bob, Id("B2"), TestInstrument.Id, OrderSide.Sell, OrderType.StopLimit, new Quantity(3), new Price(98.50m), new Price(98m), Id("B1")), At(1));
        var limitChange = book.Replace(new ReplaceOrderRequest(Bob, Id("B3"), TestInstrument.Id, OrderSide.Sell, OrderType.StopLimit, new Quantity(3), new Price(98.75m), new Price(99m), Id("B1")), At(1));

        Assert.Contains("can no longer change", stopChange.One<CancelRejected>().Text, StringComparison.Ordinal);
        Assert.Equal(new Price(98.75m), limitChange.One<OrderReplaced>().Order.LimitPrice);
        Assert.Equal(new Price(98.75m), book.BestAsk);
    }

    [Fact]
    public void Stops_fire_oldest_first_and_a_replace_that_loses_priority_sends_a_stop_behind_the_others()
    {
        var book = NewBook();
        book.Submit(Stop(Bob, "B1", OrderSide.Buy, 1, 101m), T0);
        book.Submit(Stop(Carol, "C1", OrderSide.Buy, 1, 101m), T0);
        book.Submit(Stop(Alice, "A1", OrderSide.Buy, 1, 101m), T0);
        var replaced = book.Replace(new ReplaceOrderRequest(Bob, Id("B2"), TestInstrument.Id, OrderSide.Buy, OrderType.Stop, new Quantity(2), null, new Price(101m), Id("B1")), At(1));
        book.Submit(Limit(MarketMaker, "M1", OrderSide.Sell, 1, 101m), At(2));

        var events = book.Submit(Limit(new ParticipantId("DAVE"), "D1", OrderSide.Buy, 1, 101m), At(3));

        Assert.False(replaced.One<OrderReplaced>().KeptPriority);
        Assert.Equal([Carol, Alice, Bob], events.All<OrderTriggered>().Select(t => t.Order.Participant));
    }
}
