using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.Accounts;

namespace OrleansTrading.Grains.Tests.Accounts;

/// <summary>Which open orders the account's sweep wakes: those waiting for their venue, with nothing journaled for a while.</summary>
public sealed class OpenOrderTests
{
    private const long Admitted = 1_000;

    [Theory]
    [InlineData(OrderStatus.PendingNew, true)]
    [InlineData(OrderStatus.PendingCancel, true)]
    [InlineData(OrderStatus.PendingReplace, true)]
    [InlineData(OrderStatus.New, false)]
    [InlineData(OrderStatus.PartiallyFilled, false)]
    public void An_order_waits_for_its_venue_while_its_last_status_expects_an_answer(OrderStatus status, bool waiting)
    {
        var order = Open();
        order.Status = status;
        order.ChangedNanos = 2_000;

        Assert.Equal(waiting, order.AwaitingVenueSince(2_000));
        Assert.False(order.AwaitingVenueSince(1_999)); // journaled since: not yet
    }

    [Fact]
    public void A_new_order_waits_since_its_admission()
    {
        var order = Open();

        Assert.True(order.AwaitingVenueSince(Admitted));
        Assert.False(order.AwaitingVenueSince(Admitted - 1));
    }

    private static OpenOrder Open() =>
        new(new InstrumentId("MSFT.XNAS"), new StrategyId("S"), OrderSide.Buy, new Quantity(10m), 1, Admitted);
}
