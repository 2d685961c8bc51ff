using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.VenueSimulator.Matching;
using static OrleansTrading.VenueSimulator.Tests.Matching.TestMarket;

namespace OrleansTrading.VenueSimulator.Tests.Matching;

public sealed class OrderBookMatchingTests
{
    [Fact]
    public void Limit_order_rests_when_nothing_crosses_it()
    {
        var book = NewBook();

        var events = book.Submit(Limit(Alice, "A1", OrderSide.Buy, 10, 100m), T0);

        var accepted = events.One<OrderAccepted>();
        Assert.Equal("Accepted", events.Kinds());
        Assert.Equal(OrderStatus.New, accepted.Order.Status);
        Assert.Equal(new Quantity(10), accepted.Order.LeavesQuantity);
        Assert.Equal(new Price(100m), book.BestBid);
        Assert.Null(book.BestAsk);
        Assert.Equal(T0, accepted.Timestamp);
    }

    [Fact]
    public void Crossing_limit_order_trades_at_the_resting_orders_price()
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 10, 100m), T0);

        var events = book.Submit(Limit(Bob, "B1", OrderSide.Buy, 10, 101m), At(1));

        Assert.Equal("Accepted Filled Filled", events.Kinds());
        Assert.All(events.All<OrderFilled>(), fill => Assert.Equal(new Price(100m), fill.Price));
        Assert.Equal(OrderStatus.Filled, events.FillsOf("B1").Single().Order.Status);
        Assert.Equal(OrderStatus.Filled, events.FillsOf("A1").Single().Order.Status);
        Assert.Null(book.BestBid);
        Assert.Null(book.BestAsk);
        Assert.Equal(new Price(100m), book.LastTradePrice);
    }

    [Fact]
    public void Incoming_order_takes_the_best_price_first_then_the_oldest_order_at_that_price()
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A-101", OrderSide.Sell, 5, 101m), T0);
        book.Submit(Limit(Alice, "A-100-first", OrderSide.Sell, 5, 100m), T0);
        book.Submit(Limit(Carol, "C-100-second", OrderSide.Sell, 5, 100m), T0);

        var events = book.Submit(Limit(Bob, "B1", OrderSide.Buy, 12, 101m), At(1));

        var makers = events.All<OrderFilled>().Where(f => f.Liquidity == LiquiditySide.Maker).Select(f => f.Order.ClientOrderId.Value);
        Assert.Equal(["A-100-first", "C-100-second", "A-101"], makers);
        Assert.Equal([5m, 5m, 2m], events.FillsOf("B1").Select(f => f.Quantity.Value));
    }

    [Fact]
    public void Partial_fill_leaves_the_remainder_resting_with_cumulative_leaves_and_average_price()
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 3, 100m), T0);
        book.Submit(Limit(Alice, "A2", OrderSide.Sell, 2, 100.50m), T0);

        var events = book.Submit(Limit(Bob, "B1", OrderSide.Buy, 10, 100.50m), At(1));

        var last = events.FillsOf("B1")[^1].Order;
        Assert.Equal(OrderStatus.PartiallyFilled, last.Status);
        Assert.Equal(new Quantity(5), last.CumulativeQuantity);
        Assert.Equal(new Quantity(5), last.LeavesQuantity);
        Assert.Equal(new Price(100.2m), last.AveragePrice);
        Assert.Equal(new Price(100.50m), book.BestBid);
        Assert.Equal(new Quantity(5), Assert.Single(book.Depth(OrderSide.Buy)).Quantity);
    }

    [Fact]
    public void Fills_of_one_match_name_both_sides_and_share_a_trade_id()
    {
        var book = NewBook();
        var resting = book.Submit(Limit(Alice, "A1", OrderSide.Sell, 4, 100m), T0).One<OrderAccepted>().Order;

        var events = book.Submit(Limit(Bob, "B1", OrderSide.Buy, 4, 100m), At(1));

        var taker = events.FillsOf("B1").Single();
        var maker = events.FillsOf("A1").Single();
        Assert.Equal(taker.TradeId, maker.TradeId);
        Assert.Equal(LiquiditySide.Taker, taker.Liquidity);
        Assert.Equal(LiquiditySide.Maker, maker.Liquidity);
        Assert.Equal(resting.VenueOrderId, taker.ContraOrderId);
        Assert.Equal(taker.Order.VenueOrderId, maker.ContraOrderId);
        Assert.Equal(Alice, taker.ContraParticipant);
        Assert.Equal(Bob, maker.ContraParticipant);
        Assert.NotEqual(taker.ExecId, maker.ExecId);
    }

    [Fact]
    public void Market_order_sweeps_the_book_and_cancels_what_it_cannot_fill()
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A1", OrderSide.Buy, 3, 99m), T0);
        book.Submit(Limit(Alice, "A2", OrderSide.Buy, 3, 98m), T0);

        var events = book.Submit(Market(Bob, "B1", OrderSide.Sell, 10), At(1));

        Assert.Equal("Accepted Filled Filled Filled Filled Canceled", events.Kinds());
        var canceled = events.One<OrderCanceled>();
        Assert.Equal(CancelReason.NoLiquidity, canceled.Reason);
        Assert.Equal(new Quantity(6), canceled.Order.CumulativeQuantity);
        Assert.Equal(Quantity.Zero, canceled.Order.LeavesQuantity);
        Assert.Equal(new Price(98.5m), canceled.Order.AveragePrice);
        Assert.Null(book.BestBid);
    }

    [Fact]
    public void Market_order_against_an_empty_side_is_accepted_then_canceled_for_no_liquidity()
    {
        var book = NewBook();

        var events = book.Submit(Market(Bob, "B1", OrderSide.Buy, 10), T0);

        Assert.Equal("Accepted Canceled", events.Kinds());
        Assert.Equal(CancelReason.NoLiquidity, events.One<OrderCanceled>().Reason);
        Assert.Equal(0, book.OpenOrderCount);
    }

    [Fact]
    public void Ioc_order_takes_what_it_can_and_its_remainder_is_canceled_not_rested()
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 4, 100m), T0);

        var events = book.Submit(Limit(Bob, "B1", OrderSide.Buy, 10, 100m, TimeInForce.Ioc), At(1));

        Assert.Equal("Accepted Filled Filled Canceled", events.Kinds());
        var canceled = events.One<OrderCanceled>();
        Assert.Equal(CancelReason.ImmediateOrCancel, canceled.Reason);
        Assert.Equal(new Quantity(4), canceled.Order.CumulativeQuantity);
        Assert.Null(book.BestBid);
    }

    [Fact]
    public void Fok_order_that_cannot_fill_completely_is_canceled_without_any_fill()
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 4, 100m), T0);
        book.Submit(Limit(Alice, "A2", OrderSide.Sell, 4, 102m), T0);

        var events = book.Submit(Limit(Bob, "B1", OrderSide.Buy, 6, 101m, TimeInForce.Fok), At(1));

        Assert.Equal("Accepted Canceled", events.Kinds());
        Assert.Equal(CancelReason.FillOrKill, events.One<OrderCanceled>().Reason);
        Assert.Equal(new Quantity(4), Assert.Single(book.Depth(OrderSide.Sell, 1)).Quantity);
    }

    [Fact]
    public void Fok_order_fills_completely_when_the_book_holds_enough_within_its_limit()
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 4, 100m), T0);
        book.Submit(Limit(Carol, "C1", OrderSide.Sell, 4, 101m), T0);

        var events = book.Submit(Limit(Bob, "B1", OrderSide.Buy, 6, 101m, TimeInForce.Fok), At(1));

        Assert.Equal(OrderStatus.Filled, events.FillsOf("B1")[^1].Order.Status);
        Assert.Equal(new Quantity(2), Assert.Single(book.Depth(OrderSide.Sell)).Quantity);
    }

    [Fact]
    public void Exec_ids_and_venue_order_ids_are_per_book_sequences_with_the_book_prefix()
    {
        var book = NewBook();

        var first = book.Submit(Limit(Alice, "A1", OrderSide.Sell, 1, 100m), T0);
        var second = book.Submit(Limit(Bob, "B1", OrderSide.Buy, 1, 100m), T0);

        Assert.Equal(["B:E1"], first.All<ExecutionEvent>().Select(e => e.ExecId.Value));
        Assert.Equal(["B:E2", "B:E3", "B:E4"], second.All<ExecutionEvent>().Select(e => e.ExecId.Value));
        Assert.Equal("B:O2", second.One<OrderAccepted>().Order.VenueOrderId.Value);
        Assert.Equal("B:T1", second.All<OrderFilled>()[0].TradeId.Value);
    }

    [Fact]
    public void Depth_aggregates_open_quantity_per_price_level_best_first()
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A1", OrderSide.Buy, 2, 99m), T0);
        book.Submit(Limit(Bob, "B1", OrderSide.Buy, 3, 99m), T0);
        book.Submit(Limit(Carol, "C1", OrderSide.Buy, 7, 100m), T0);

        var depth = book.Depth(OrderSide.Buy);

        Assert.Equal([new BookLevel(new Price(100m), new Quantity(7), 1), new BookLevel(new Price(99m), new Quantity(5), 2)], depth);
    }
}
