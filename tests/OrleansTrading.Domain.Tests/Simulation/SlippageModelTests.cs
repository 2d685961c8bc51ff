using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Simulation;
using OrleansTrading.Domain.Values;
using static OrleansTrading.Domain.Tests.MarketData.Market;

namespace OrleansTrading.Domain.Tests.Simulation;

public class SlippageModelTests
{
    [Fact]
    public void Fixed_tick_slippage_moves_buys_up_and_sells_down_by_whole_ticks()
    {
        var model = new FixedTickSlippage(3);

        Assert.Equal(5000.75m, model.Apply(Future, OrderSide.Buy, new Price(5000m)).Value);
        Assert.Equal(4999.25m, model.Apply(Future, OrderSide.Sell, new Price(5000m)).Value);
    }

    [Fact]
    public void Basis_point_slippage_rounds_the_slip_up_to_a_whole_tick()
    {
        var model = new BasisPointSlippage(1m);

        Assert.Equal(100.01m, model.Apply(Equity, OrderSide.Buy, new Price(100m)).Value);
        Assert.Equal(249.97m, model.Apply(Equity, OrderSide.Sell, new Price(250m)).Value);
    }

    [Fact]
    public void Negative_slippage_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FixedTickSlippage(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BasisPointSlippage(-0.5m));
    }

    [Fact]
    public void No_slippage_keeps_the_price()
    {
        Assert.Equal(new Price(1.5m), NoSlippage.Instance.Apply(Equity, OrderSide.Buy, new Price(1.5m)));
    }
}
