using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using static OrleansTrading.Domain.Tests.Orders.OrderTestKit;

namespace OrleansTrading.Domain.Tests.Orders;

public sealed class OrderSpecificationTests
{
    private static ValidationError Single(OrderSpecification specification)
    {
        var errors = specification.Validate(Equity, T0);
        return Assert.Single(errors);
    }

    [Fact]
    public void Valid_limit_order_has_no_errors() => Assert.Empty(LimitSpec().Validate(Equity, T0));

    [Theory]
    [InlineData(0, InstrumentValidationCodes.QuantityNotPositive)]
    [InlineData(10.5, InstrumentValidationCodes.QuantityNotLotMultiple)]
    public void Quantity_must_be_a_positive_lot_multiple(decimal quantity, string code)
    {
        var error = Single(LimitSpec(quantity: quantity));
        Assert.Equal((OrderSpecification.Fields.Quantity, code), (error.Field, error.Code));
    }

    [Fact]
    public void Limit_order_without_limit_price_is_refused()
    {
        var error = Single(LimitSpec() with { LimitPrice = null });
        Assert.Equal((OrderSpecification.Fields.LimitPrice, OrderValidationCodes.LimitPriceRequired), (error.Field, error.Code));
    }

    [Fact]
    public void Stop_limit_order_needs_both_prices()
    {
        var errors = (LimitSpec() with { Type = OrderType.StopLimit, LimitPrice = null }).Validate(Equity, T0);
        Assert.Equal([OrderValidationCodes.LimitPriceRequired, OrderValidationCodes.StopPriceRequired], errors.Select(e => e.Code));
    }

    [Fact]
    public void Market_order_with_limit_price_is_refused()
    {
        var error = Single(LimitSpec(timeInForce: TimeInForce.Day) with { Type = OrderType.Market });
        Assert.Equal(OrderValidationCodes.LimitPriceNotAllowed, error.Code);
    }

    [Fact]
    public void Stop_order_takes_a_stop_price_and_no_limit_price()
    {
        var stop = LimitSpec() with { Type = OrderType.Stop, LimitPrice = null, StopPrice = new Price(140m) };
        Assert.Empty(stop.Validate(Equity, T0));
        Assert.Equal(OrderValidationCodes.StopPriceRequired, Single(stop with { StopPrice = null }).Code);
        Assert.Equal(OrderValidationCodes.LimitPriceNotAllowed, Single(stop with { LimitPrice = new Price(141m) }).Code);
    }

    [Fact]
    public void Limit_order_with_stop_price_is_refused() =>
        Assert.Equal(OrderValidationCodes.StopPriceNotAllowed, Single(LimitSpec() with { StopPrice = new Price(1m) }).Code);

    [Fact]
    public void Prices_must_be_on_the_tick_grid_and_positive()
    {
        var offGrid = Single(LimitSpec(price: 150.005m));
        Assert.Equal((OrderSpecification.Fields.LimitPrice, InstrumentValidationCodes.PriceOffTickGrid), (offGrid.Field, offGrid.Code));
        Assert.Equal(InstrumentValidationCodes.PriceNotPositive, Single(LimitSpec(price: -1m)).Code);
        var stopOffGrid = Single(LimitSpec() with { Type = OrderType.StopLimit, StopPrice = new Price(1.001m) });
        Assert.Equal((OrderSpecification.Fields.StopPrice, InstrumentValidationCodes.PriceOffTickGrid), (stopOffGrid.Field, stopOffGrid.Code));
    }

    [Theory]
    [InlineData(TimeInForce.Gtc)]
    [InlineData(TimeInForce.Gtd)]
    public void Market_orders_cannot_rest_for_days(TimeInForce timeInForce)
    {
        var expireTime = timeInForce == TimeInForce.Gtd ? T0.AddNanos(UnixNanos.NanosPerHour) : (UnixNanos?)null;
        var market = LimitSpec(timeInForce: timeInForce) with { Type = OrderType.Market, LimitPrice = null, ExpireTime = expireTime };
        var error = Single(market);
        Assert.Equal((OrderSpecification.Fields.TimeInForce, OrderValidationCodes.TimeInForceNotAllowedForMarket), (error.Field, error.Code));
    }

    [Theory]
    [InlineData(TimeInForce.Day)]
    [InlineData(TimeInForce.Ioc)]
    [InlineData(TimeInForce.Fok)]
    public void Market_orders_take_day_ioc_and_fok(TimeInForce timeInForce) =>
        Assert.Empty((LimitSpec(timeInForce: timeInForce) with { Type = OrderType.Market, LimitPrice = null }).Validate(Equity, T0));

    [Fact]
    public void Gtd_needs_an_expire_time_in_the_future()
    {
        var gtd = LimitSpec(timeInForce: TimeInForce.Gtd);
        Assert.Equal(OrderValidationCodes.ExpireTimeRequired, Single(gtd).Code);
        Assert.Equal(OrderValidationCodes.ExpireTimeNotInFuture, Single(gtd with { ExpireTime = T0 }).Code);
        Assert.Empty((gtd with { ExpireTime = T0.AddNanos(1) }).Validate(Equity, T0));
    }

    [Fact]
    public void Expire_time_is_refused_unless_gtd() =>
        Assert.Equal(OrderValidationCodes.ExpireTimeNotAllowed, Single(LimitSpec() with { ExpireTime = T0.AddNanos(1) }).Code);

    [Fact]
    public void Undefined_enum_values_from_the_wire_are_reported_per_field()
    {
        var errors = (LimitSpec() with { Side = (OrderSide)7, TimeInForce = (TimeInForce)9 }).Validate(Equity, T0);
        Assert.Equal([OrderValidationCodes.SideInvalid, OrderValidationCodes.TimeInForceInvalid], errors.Select(e => e.Code));
        Assert.Equal(OrderValidationCodes.OrderTypeInvalid, Single(LimitSpec() with { Type = (OrderType)0 }).Code);
    }

    [Fact]
    public void Checking_against_another_instrument_is_reported()
    {
        var other = new Instrument(new("MSFT.XNAS"), AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(1m));
        Assert.Contains(LimitSpec().Validate(other, T0), e => e.Code == OrderValidationCodes.InstrumentMismatch);
    }

    [Fact]
    public void All_problems_are_reported_at_once()
    {
        var errors = (LimitSpec(quantity: 0m, price: 1.001m) with { ExpireTime = T0 }).Validate(Equity, T0);
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void Invalid_request_creates_no_order()
    {
        var result = Order.Create(LimitSpec(quantity: 0m), Equity, T0);
        Assert.False(result.Succeeded);
        Assert.Null(result.Order);
        Assert.Equal(InstrumentValidationCodes.QuantityNotPositive, Assert.Single(result.Errors).Code);
    }
}
