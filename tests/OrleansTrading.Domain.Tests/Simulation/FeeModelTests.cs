using OrleansTrading.Domain.Simulation;
using OrleansTrading.Domain.Values;
using static OrleansTrading.Domain.Tests.MarketData.Market;

namespace OrleansTrading.Domain.Tests.Simulation;

public class FeeModelTests
{
    [Fact]
    public void Fixed_fee_is_charged_once_on_the_first_fill()
    {
        var model = new FixedPerOrderFee(1.50m);

        Assert.Equal(1.50m, model.FeeForFill(Equity, Quantity.Zero, 0m, new Quantity(10m), new Price(100m)).Amount);
        Assert.Equal(0m, model.FeeForFill(Equity, new Quantity(10m), 1_000m, new Quantity(10m), new Price(100m)).Amount);
    }

    [Fact]
    public void Basis_point_fee_is_charged_on_notional_including_the_multiplier()
    {
        var fee = new BasisPointFee(2m).FeeForFill(Future, Quantity.Zero, 0m, new Quantity(2m), new Price(5000m));

        Assert.Equal(5000m * 2 * 50 * 0.0002m, fee.Amount);
        Assert.Equal(Currency.Usd, fee.Currency);
    }

    [Fact]
    public void Per_unit_fee_is_charged_per_share()
    {
        Assert.Equal(1.5m, new PerUnitFee(0.005m).FeeForFill(Equity, Quantity.Zero, 0m, new Quantity(300m), new Price(10m)).Amount);
    }

    [Fact]
    public void Minimum_is_charged_on_the_first_partial_fill_and_nothing_more_until_the_rate_exceeds_it()
    {
        var model = new BoundedFee(new PerUnitFee(0.005m), minimum: 1m, maximum: null);

        Assert.Equal(1m, model.FeeForFill(Equity, Quantity.Zero, 0m, new Quantity(10m), new Price(10m)).Amount);
        Assert.Equal(0m, model.FeeForFill(Equity, new Quantity(10m), 100m, new Quantity(100m), new Price(10m)).Amount);
        Assert.Equal(0.05m, model.FeeForFill(Equity, new Quantity(110m), 1_100m, new Quantity(100m), new Price(10m)).Amount);
    }

    [Fact]
    public void Maximum_caps_the_total_fee_of_the_order()
    {
        var model = new BoundedFee(new BasisPointFee(10m), minimum: null, maximum: 5m);

        Assert.Equal(4m, model.FeeForFill(Equity, Quantity.Zero, 0m, new Quantity(40m), new Price(100m)).Amount);
        Assert.Equal(1m, model.FeeForFill(Equity, new Quantity(40m), 4_000m, new Quantity(40m), new Price(100m)).Amount);
        Assert.Equal(0m, model.FeeForFill(Equity, new Quantity(80m), 8_000m, new Quantity(40m), new Price(100m)).Amount);
    }

    [Fact]
    public void Minimum_above_maximum_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new BoundedFee(new PerUnitFee(1m), 5m, 1m));
    }

    [Fact]
    public void Composite_fee_is_the_sum_of_its_parts()
    {
        var model = new CompositeFee(new FixedPerOrderFee(1m), new BasisPointFee(1m), new PerUnitFee(0.01m));

        Assert.Equal(1m + 0.1m + 1m, model.FeeForFill(Equity, Quantity.Zero, 0m, new Quantity(100m), new Price(10m)).Amount);
        Assert.Equal(0m, model.OrderFee(Equity, Quantity.Zero, 0m));
    }

    [Fact]
    public void Composite_fee_refuses_a_missing_part()
    {
        Assert.Throws<ArgumentException>(() => new CompositeFee(new PerUnitFee(1m), null!));
    }

    [Fact]
    public void Rounded_fee_rounds_the_running_total_so_fills_add_up_to_it()
    {
        var model = new RoundedFee(new PerUnitFee(0.0035m), 2);

        var first = model.FeeForFill(Equity, Quantity.Zero, 0m, new Quantity(1m), new Price(10m)).Amount;
        var second = model.FeeForFill(Equity, new Quantity(1m), 10m, new Quantity(1m), new Price(10m)).Amount;
        var third = model.FeeForFill(Equity, new Quantity(2m), 20m, new Quantity(1m), new Price(10m)).Amount;

        Assert.Equal((0.00m, 0.01m, 0.00m), (first, second, third));
        Assert.Equal(model.OrderFee(Equity, new Quantity(3m), 30m), first + second + third);
    }

    [Fact]
    public void Negative_basis_points_are_a_rebate()
    {
        Assert.Equal(-0.2m, new BasisPointFee(-2m).FeeForFill(Equity, Quantity.Zero, 0m, new Quantity(10m), new Price(100m)).Amount);
    }
}
