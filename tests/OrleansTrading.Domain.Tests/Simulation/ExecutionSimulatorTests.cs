using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Simulation;
using OrleansTrading.Domain.Values;
using static OrleansTrading.Domain.Tests.MarketData.Market;
using static OrleansTrading.Domain.Tests.Simulation.Orders;

namespace OrleansTrading.Domain.Tests.Simulation;

public class ExecutionSimulatorTests
{
    private readonly ExecutionSimulator _simulator = new(
        new FillModel(new FillModelOptions(0.5m, 1m, false), new FixedTickSlippage(1)),
        new BoundedFee(new PerUnitFee(0.01m), 1m, null),
        new FixedLatency(TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2)));

    [Fact]
    public void Proposal_carries_quantity_price_fee_and_report_time()
    {
        var arrival = _simulator.ArrivalAtVenue(Id, At(10, 0, 0));
        var proposal = _simulator.OnQuote(Equity, Market(OrderSide.Buy, 300), Quote(99.99m, 100.00m, 100, 400, At(9, 59, 59)), arrival);

        Assert.Equal(At(10, 0, 0, 1), arrival);
        Assert.Equal((200m, 100.01m), (proposal.Quantity.Value, proposal.Price.Value));
        Assert.Equal(new Money(2m, Currency.Usd), proposal.Fee);
        Assert.Equal((At(10, 0, 0, 1), At(10, 0, 0, 3)), (proposal.VenueTime, proposal.ReportTime));
        Assert.False(proposal.CancelRemainder);
    }

    [Fact]
    public void Second_partial_fill_pays_only_the_fee_increment()
    {
        var order = Market(OrderSide.Buy, 300);
        var first = _simulator.OnQuote(Equity, order, Quote(99.99m, 100.00m, 100, 40, At(10, 0, 0)), At(10, 0, 0));
        order = order.WithFill(first.Quantity, Equity.Notional(first.Price, first.Quantity).Amount, first.StopTriggered);
        var second = _simulator.OnQuote(Equity, order, Quote(99.99m, 100.00m, 100, 400, At(10, 0, 1)), At(10, 0, 1));

        Assert.Equal((20m, 1m), (first.Quantity.Value, first.Fee.Amount));
        Assert.Equal((200m, 1.2m), (second.Quantity.Value, second.Fee.Amount));
    }

    [Fact]
    public void No_fill_costs_no_fee_but_still_reports_a_cancel_for_ioc()
    {
        var proposal = _simulator.OnTrade(Equity, Limit(OrderSide.Buy, 10, 99m, TimeInForce.Ioc), Trade(100m, 10, At(10, 0, 0)), At(10, 0, 0));

        Assert.False(proposal.HasFill);
        Assert.Equal(0m, proposal.Fee.Amount);
        Assert.True(proposal.CancelRemainder);
    }
}
