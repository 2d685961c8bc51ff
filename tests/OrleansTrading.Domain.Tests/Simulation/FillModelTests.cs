using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.MarketData;
using OrleansTrading.Domain.Simulation;
using OrleansTrading.Domain.Values;
using static OrleansTrading.Domain.Tests.MarketData.Market;
using static OrleansTrading.Domain.Tests.Simulation.Orders;

namespace OrleansTrading.Domain.Tests.Simulation;

public class FillModelTests
{
    private static readonly FillModel Model = new(FillModelOptions.Default, NoSlippage.Instance);
    private static readonly QuoteTick Book = Quote(99.98m, 100.02m, 300, 200, At(10, 0, 0));

    [Fact]
    public void Market_buy_fills_at_the_ask_and_market_sell_at_the_bid()
    {
        var buy = Model.OnQuote(Equity, Market(OrderSide.Buy, 100), Book);
        var sell = Model.OnQuote(Equity, Market(OrderSide.Sell, 100), Book);

        Assert.Equal((100m, 100.02m, LiquiditySide.Taker), (buy.Quantity.Value, buy.Price.Value, buy.Liquidity));
        Assert.Equal((100m, 99.98m), (sell.Quantity.Value, sell.Price.Value));
    }

    [Fact]
    public void Market_order_takes_at_most_the_displayed_size_and_the_rest_keeps_working()
    {
        var fill = Model.OnQuote(Equity, Market(OrderSide.Buy, 500), Book);

        Assert.Equal(200m, fill.Quantity.Value);
        Assert.False(fill.CancelRemainder);
    }

    [Fact]
    public void Quote_participation_caps_the_fill_at_a_share_of_displayed_size_rounded_down_to_lots()
    {
        var model = new FillModel(new FillModelOptions(0.25m, 1m, false), NoSlippage.Instance);
        var fill = model.OnQuote(Equity, Market(OrderSide.Sell, 500), Quote(99.98m, 100.02m, 303, 200, At(10, 0, 0)));

        Assert.Equal(75m, fill.Quantity.Value);
    }

    [Fact]
    public void Nothing_fills_against_an_empty_side_of_the_book()
    {
        var fill = Model.OnQuote(Equity, Market(OrderSide.Buy, 10), Quote(99m, 101m, 10, 0, At(10, 0, 0)));

        Assert.False(fill.HasFill);
        Assert.False(fill.CancelRemainder);
    }

    [Fact]
    public void Marketable_limit_buy_fills_at_the_ask_which_is_at_or_better_than_its_limit()
    {
        var fill = Model.OnQuote(Equity, Limit(OrderSide.Buy, 50, 100.05m), Book);

        Assert.Equal((50m, 100.02m), (fill.Quantity.Value, fill.Price.Value));
    }

    [Fact]
    public void Limit_buy_below_the_ask_does_not_fill_on_the_quote()
    {
        Assert.False(Model.OnQuote(Equity, Limit(OrderSide.Buy, 50, 100.01m), Book).HasFill);
    }

    [Fact]
    public void Limit_sell_fills_at_the_bid_only_when_the_bid_reaches_the_limit()
    {
        Assert.False(Model.OnQuote(Equity, Limit(OrderSide.Sell, 50, 99.99m), Book).HasFill);
        Assert.Equal(99.98m, Model.OnQuote(Equity, Limit(OrderSide.Sell, 50, 99.98m), Book).Price.Value);
    }

    [Fact]
    public void Buy_stop_triggers_when_the_ask_reaches_it_and_then_fills_as_market()
    {
        var below = Model.OnQuote(Equity, Stop(OrderSide.Buy, 10, 100.03m), Book);
        var at = Model.OnQuote(Equity, Stop(OrderSide.Buy, 10, 100.02m), Book);

        Assert.False(below.StopTriggered || below.HasFill);
        Assert.True(at.StopTriggered);
        Assert.Equal((10m, 100.02m), (at.Quantity.Value, at.Price.Value));
    }

    [Fact]
    public void Sell_stop_triggers_when_the_bid_falls_to_it()
    {
        Assert.False(Model.OnQuote(Equity, Stop(OrderSide.Sell, 10, 99.97m), Book).StopTriggered);
        var fill = Model.OnQuote(Equity, Stop(OrderSide.Sell, 10, 99.98m), Book);
        Assert.True(fill.StopTriggered);
        Assert.Equal(99.98m, fill.Price.Value);
    }

    [Fact]
    public void Triggered_stop_limit_works_as_a_limit_and_may_not_fill_yet()
    {
        var decision = Model.OnQuote(Equity, StopLimit(OrderSide.Buy, 10, 100.00m, 100.01m), Book);

        Assert.True(decision.StopTriggered);
        Assert.False(decision.HasFill);
    }

    [Fact]
    public void Already_triggered_stop_is_not_retriggered_and_fills_as_market()
    {
        var order = Stop(OrderSide.Buy, 10, 105m).WithFill(Quantity.Zero, 0m, stopTriggered: true);
        var fill = Model.OnQuote(Equity, order, Book);

        Assert.False(fill.StopTriggered);
        Assert.Equal(100.02m, fill.Price.Value);
    }

    [Fact]
    public void Market_order_on_a_trade_fills_at_the_trade_price_up_to_trade_participation()
    {
        var model = new FillModel(new FillModelOptions(1m, 0.1m, false), NoSlippage.Instance);
        var fill = model.OnTrade(Equity, Market(OrderSide.Buy, 100), Trade(100.01m, 250, At(10, 0, 0)));

        Assert.Equal((25m, 100.01m, LiquiditySide.Taker), (fill.Quantity.Value, fill.Price.Value, fill.Liquidity));
    }

    [Fact]
    public void Resting_limit_fills_at_its_limit_only_when_a_trade_prints_through_it()
    {
        var order = Limit(OrderSide.Buy, 100, 100.00m);

        Assert.False(Model.OnTrade(Equity, order, Trade(100.00m, 500, At(10, 0, 0))).HasFill);
        var fill = Model.OnTrade(Equity, order, Trade(99.99m, 500, At(10, 0, 0)));
        Assert.Equal((100m, 100.00m, LiquiditySide.Maker), (fill.Quantity.Value, fill.Price.Value, fill.Liquidity));
    }

    [Fact]
    public void Resting_limit_fills_at_the_touch_when_configured()
    {
        var model = new FillModel(new FillModelOptions(1m, 1m, fillRestingLimitAtTouch: true), NoSlippage.Instance);

        Assert.True(model.OnTrade(Equity, Limit(OrderSide.Sell, 10, 100.00m), Trade(100.00m, 50, At(10, 0, 0))).HasFill);
        Assert.False(model.OnTrade(Equity, Limit(OrderSide.Sell, 10, 100.00m), Trade(99.99m, 50, At(10, 0, 0))).HasFill);
    }

    [Fact]
    public void Stop_triggers_on_a_trade_price()
    {
        var fill = Model.OnTrade(Equity, Stop(OrderSide.Sell, 10, 99.50m), Trade(99.50m, 100, At(10, 0, 0)));

        Assert.True(fill.StopTriggered);
        Assert.Equal((10m, 99.50m), (fill.Quantity.Value, fill.Price.Value));
    }

    [Fact]
    public void Ioc_fills_what_it_can_and_cancels_the_rest()
    {
        var fill = Model.OnQuote(Equity, Market(OrderSide.Buy, 500, TimeInForce.Ioc), Book);

        Assert.Equal(200m, fill.Quantity.Value);
        Assert.True(fill.CancelRemainder);
    }

    [Fact]
    public void Ioc_that_cannot_fill_at_all_is_cancelled()
    {
        var fill = Model.OnQuote(Equity, Limit(OrderSide.Buy, 10, 99m, TimeInForce.Ioc), Book);

        Assert.False(fill.HasFill);
        Assert.True(fill.CancelRemainder);
    }

    [Fact]
    public void Fully_filled_ioc_has_no_remainder_to_cancel()
    {
        Assert.False(Model.OnQuote(Equity, Market(OrderSide.Buy, 100, TimeInForce.Ioc), Book).CancelRemainder);
    }

    [Fact]
    public void Fok_fills_completely_or_not_at_all()
    {
        var full = Model.OnQuote(Equity, Market(OrderSide.Buy, 200, TimeInForce.Fok), Book);
        var none = Model.OnQuote(Equity, Market(OrderSide.Buy, 201, TimeInForce.Fok), Book);

        Assert.Equal(200m, full.Quantity.Value);
        Assert.False(none.HasFill);
        Assert.True(none.CancelRemainder);
    }

    [Fact]
    public void Fill_never_exceeds_the_leaves_quantity_of_a_partly_filled_order()
    {
        var order = Market(OrderSide.Buy, 150).WithFill(new(120m), 120m * 100m, false);

        Assert.Equal(30m, Model.OnQuote(Equity, order, Book).Quantity.Value);
    }

    [Fact]
    public void Taker_fill_gets_slippage_against_the_order()
    {
        var model = new FillModel(FillModelOptions.Default, new FixedTickSlippage(2));

        Assert.Equal(100.04m, model.OnQuote(Equity, Market(OrderSide.Buy, 10), Book).Price.Value);
        Assert.Equal(99.96m, model.OnQuote(Equity, Market(OrderSide.Sell, 10), Book).Price.Value);
    }

    [Fact]
    public void Slippage_never_pushes_a_limit_fill_beyond_its_limit()
    {
        var model = new FillModel(FillModelOptions.Default, new FixedTickSlippage(5));

        Assert.Equal(100.03m, model.OnQuote(Equity, Limit(OrderSide.Buy, 10, 100.03m), Book).Price.Value);
    }

    [Fact]
    public void Maker_fills_get_no_slippage()
    {
        var model = new FillModel(FillModelOptions.Default, new FixedTickSlippage(5));

        Assert.Equal(100.00m, model.OnTrade(Equity, Limit(OrderSide.Buy, 10, 100.00m), Trade(99.90m, 100, At(10, 0, 0))).Price.Value);
    }

    [Fact]
    public void Tick_for_another_instrument_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Model.OnQuote(Equity, Market(OrderSide.Buy, 1), Quote(1m, 2m, 1, 1, At(10, 0, 0), Future)));
        Assert.Contains(Future.Id.Value, error.Message);
    }
}
