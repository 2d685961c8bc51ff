using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Tests.Instruments;

public sealed class InstrumentTests
{
    private static readonly Instrument Future = new(new InstrumentId("ESM5.XCME"), AssetClass.Future, Currency.Usd, 0.25m, new Quantity(1m), 50m);

    [Fact]
    public void Valid_price_and_quantity_pass()
    {
        Assert.Null(Future.CheckPrice(new Price(5000.25m)));
        Assert.Null(Future.CheckQuantity(3m));
        Assert.Null(Future.CheckQuantity(new Quantity(3m)));
    }

    [Fact]
    public void Price_off_the_tick_grid_is_reported_with_the_nearest_valid_prices()
    {
        var error = Future.CheckPrice(new Price(5000.30m), "limit_price")!;
        Assert.Equal(("limit_price", InstrumentValidationCodes.PriceOffTickGrid), (error.Field, error.Code));
        Assert.Contains("5000.25", error.Message, StringComparison.Ordinal);
        Assert.Contains("5000.50", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_positive_price_is_refused_unless_the_instrument_allows_it()
    {
        Assert.Equal(InstrumentValidationCodes.PriceNotPositive, Future.CheckPrice(new Price(-1m))!.Code);
        Assert.Equal(InstrumentValidationCodes.PriceNotPositive, Future.CheckPrice(Price.Zero)!.Code);
        var spread = Future with { AllowsNonPositivePrices = true };
        Assert.Null(spread.CheckPrice(new Price(-1.25m)));
        Assert.Equal(InstrumentValidationCodes.PriceOffTickGrid, spread.CheckPrice(new Price(-1.3m))!.Code);
    }

    [Theory]
    [InlineData(0, InstrumentValidationCodes.QuantityNotPositive)]
    [InlineData(-5, InstrumentValidationCodes.QuantityNotPositive)]
    [InlineData(1.5, InstrumentValidationCodes.QuantityNotLotMultiple)]
    public void Bad_quantity_is_reported_with_a_code_and_the_field(decimal quantity, string code)
    {
        var error = Future.CheckQuantity(quantity, "qty")!;
        Assert.Equal(("qty", code), (error.Field, error.Code));
    }

    [Fact]
    public void Round_lot_instrument_refuses_odd_lots()
    {
        var roundLots = new Instrument(new InstrumentId("X.XTKS"), AssetClass.Equity, Currency.Jpy, 1m, new Quantity(100m));
        Assert.Equal(InstrumentValidationCodes.QuantityNotLotMultiple, roundLots.CheckQuantity(150m)!.Code);
        Assert.Null(roundLots.CheckQuantity(300m));
    }

    [Fact]
    public void Rounding_to_the_tick_grid_goes_in_the_direction_asked()
    {
        Assert.Equal(new Price(5000.25m), Future.RoundToTick(new Price(5000.30m), MidpointRounding.ToNegativeInfinity));
        Assert.Equal(new Price(5000.50m), Future.RoundToTick(new Price(5000.30m), MidpointRounding.ToPositiveInfinity));
        Assert.Equal(new Price(5000.25m), Future.RoundToTick(new Price(5000.30m), MidpointRounding.ToEven));
    }

    [Fact]
    public void Existing_constructor_and_members_keep_working_with_an_always_open_default_schedule()
    {
        Assert.Equal(new Money(250_012.5m, Currency.Usd), Future.Notional(new Price(5000.25m), new Quantity(1m)));
        Assert.True(Future.IsOnTickGrid(new Price(1.75m)));
        Assert.Same(TradingSchedule.AlwaysOpenUtc, Future.Schedule);
        Assert.Equal(Future, new Instrument(new InstrumentId("ESM5.XCME"), AssetClass.Future, Currency.Usd, 0.25m, new Quantity(1m), 50m));
    }
}
