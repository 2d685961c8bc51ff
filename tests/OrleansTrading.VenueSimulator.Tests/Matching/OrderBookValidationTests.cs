using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.VenueSimulator.Matching;
using static OrleansTrading.VenueSimulator.Tests.Matching.TestMarket;

namespace OrleansTrading.VenueSimulator.Tests.Matching;

public sealed class OrderBookValidationTests
{
    public static TheoryData<string, NewOrderRequest, OrderRejectReason, string> InvalidOrders => new()
    {
        { "zero quantity", Limit(Bob, "X", OrderSide.Buy, 0, 100m), OrderRejectReason.IncorrectQuantity, "must be positive" },
        { "fractional lot", Limit(Bob, "X", OrderSide.Buy, 1.5m, 100m), OrderRejectReason.IncorrectQuantity, "whole number of lots" },
        { "limit without price", Limit(Bob, "X", OrderSide.Buy, 1, 100m) with { LimitPrice = null }, OrderRejectReason.UnsupportedOrderCharacteristic, "needs a limit Price" },
        { "market with price", Market(Bob, "X", OrderSide.Buy, 1) with { LimitPrice = new Price(100m) }, OrderRejectReason.UnsupportedOrderCharacteristic, "must not carry a limit Price" },
        { "stop without stop price", Stop(Bob, "X", OrderSide.Buy, 1, 100m) with { StopPrice = null }, OrderRejectReason.UnsupportedOrderCharacteristic, "needs a StopPx" },
        { "limit with stop price", Limit(Bob, "X", OrderSide.Buy, 1, 100m) with { StopPrice = new Price(99m) }, OrderRejectReason.UnsupportedOrderCharacteristic, "must not carry a StopPx" },
        { "price off tick", Limit(Bob, "X", OrderSide.Buy, 1, 100.005m), OrderRejectReason.Other, "tick grid" },
        { "stop off tick", Stop(Bob, "X", OrderSide.Buy, 1, 100.001m), OrderRejectReason.Other, "tick grid" },
        { "GTD without expiry", Limit(Bob, "X", OrderSide.Buy, 1, 100m, TimeInForce.Gtd), OrderRejectReason.UnsupportedOrderCharacteristic, "needs an ExpireTime" },
        { "GTD expired", Limit(Bob, "X", OrderSide.Buy, 1, 100m, TimeInForce.Gtd) with { ExpireAt = T0 }, OrderRejectReason.Other, "must expire in the future" },
        { "expiry on a day order", Limit(Bob, "X", OrderSide.Buy, 1, 100m) with { ExpireAt = At(60) }, OrderRejectReason.UnsupportedOrderCharacteristic, "only allowed with TimeInForce GTD" },
        { "unknown side", Limit(Bob, "X", (OrderSide)7, 1, 100m), OrderRejectReason.UnsupportedOrderCharacteristic, "Side 7" },
        { "unknown type", Limit(Bob, "X", OrderSide.Buy, 1, 100m) with { Type = (OrderType)9 }, OrderRejectReason.UnsupportedOrderCharacteristic, "OrdType 9" },
        { "unknown time in force", Limit(Bob, "X", OrderSide.Buy, 1, 100m, (TimeInForce)2), OrderRejectReason.UnsupportedOrderCharacteristic, "TimeInForce 2" },
        { "other instrument", Limit(Bob, "X", OrderSide.Buy, 1, 100m, instrument: OtherInstrument), OrderRejectReason.UnknownSymbol, "not OTHER.XSIM" },
    };

    [Theory]
    [MemberData(nameof(InvalidOrders))]
    public void Invalid_order_is_rejected_with_a_reason_and_changes_nothing(string _, NewOrderRequest request, OrderRejectReason reason, string textFragment)
    {
        var book = NewBook();
        book.Submit(Limit(Alice, "A1", OrderSide.Sell, 5, 100m), T0);

        var events = book.Submit(request, At(1));

        var rejected = events.One<OrderRejected>();
        Assert.Single(events);
        Assert.Equal(reason, rejected.Reason);
        Assert.Contains(textFragment, rejected.Text, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Rejected, rejected.Order.Status);
        Assert.Equal(request.ClientOrderId, rejected.Order.ClientOrderId);
        Assert.Equal(Quantity.Zero, rejected.Order.LeavesQuantity);
        Assert.Equal(new Price(100m), book.BestAsk);
        Assert.Equal(1, book.OpenOrderCount);
        Assert.False(book.IsClientOrderIdInUse(Bob, request.ClientOrderId));
    }

    [Fact]
    public void Reused_client_order_id_of_the_same_participant_is_rejected_as_a_duplicate()
    {
        var book = NewBook();
        book.Submit(Limit(Bob, "B1", OrderSide.Buy, 1, 99m), T0);

        var rejected = book.Submit(Limit(Bob, "B1", OrderSide.Buy, 1, 98m), At(1)).One<OrderRejected>();

        Assert.Equal(OrderRejectReason.DuplicateOrder, rejected.Reason);
        Assert.Equal(new Price(99m), book.BestBid);
    }

    [Fact]
    public void The_same_client_order_id_from_another_participant_is_a_different_order()
    {
        var book = NewBook();
        book.Submit(Limit(Bob, "X1", OrderSide.Buy, 1, 99m), T0);

        var events = book.Submit(Limit(Alice, "X1", OrderSide.Buy, 1, 98m), At(1));

        Assert.Equal("Accepted", events.Kinds());
    }

    [Fact]
    public void Book_refuses_an_id_prefix_that_would_make_ids_too_long()
    {
        var problem = Assert.Throws<ArgumentException>(() => new OrderBook(TestInstrument, new string('P', OrderBook.MaxIdPrefixLength + 1)));

        Assert.Contains("at most 40", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gtd_order_with_a_future_expiry_is_accepted()
    {
        var book = NewBook();

        var events = book.Submit(Limit(Bob, "B1", OrderSide.Buy, 1, 99m, TimeInForce.Gtd) with { ExpireAt = At(60) }, T0);

        Assert.Equal(At(60), events.One<OrderAccepted>().Order.ExpireAt);
    }
}
