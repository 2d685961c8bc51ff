using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Tests.Orders;

/// <summary>Builders shared by the order tests: one equity, one order of 100 shares, reports as a venue would send them.</summary>
internal static class OrderTestKit
{
    public static readonly InstrumentId Aapl = new("AAPL.XNAS");
    public static readonly VenueId Xnas = new("XNAS");
    public static readonly ClientOrderId OrderId = new("C-1");
    public static readonly UnixNanos T0 = UnixNanos.FromDateTime(new DateTime(2025, 3, 12, 15, 0, 0, DateTimeKind.Utc));

    public static readonly Instrument Equity = new(Aapl, AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(1m))
    {
        Schedule = TradingSchedule.Weekdays("America/New_York", TradingSessionTimes.Regular(new TimeOnly(9, 30), new TimeOnly(16, 0))),
    };

    public static OrderSpecification LimitSpec(decimal quantity = 100m, decimal price = 150m, TimeInForce timeInForce = TimeInForce.Gtc) =>
        new(OrderId, new AccountId("ACC-1"), new StrategyId("STRAT-1"), Aapl, Xnas, OrderSide.Buy, OrderType.Limit, timeInForce, new Quantity(quantity))
        {
            LimitPrice = new Price(price),
        };

    public static Order NewOrder(OrderSpecification? specification = null)
    {
        var result = Order.Create(specification ?? LimitSpec(), Equity, T0);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Order;
    }

    public static Order Submitted(OrderSpecification? specification = null)
    {
        var order = NewOrder(specification);
        Assert.True(order.MarkSubmitted(T0).Succeeded);
        return order;
    }

    public static Order Acknowledged(OrderSpecification? specification = null)
    {
        var order = Submitted(specification);
        Assert.Equal(ExecutionOutcomeKind.Applied, order.Apply(Ack("E-ack"), T0).Kind);
        return order;
    }

    public static UnixNanos At(int step) => T0.AddNanos(step * UnixNanos.NanosPerMillisecond);

    public static ExecutionReport Report(
        ExecType execType,
        OrderStatus ordStatus,
        string execId,
        decimal cumQty = 0m,
        decimal lastQty = 0m,
        decimal lastPx = 0m,
        string clientOrderId = "C-1",
        decimal orderQty = 100m) =>
        new(
            execType,
            ordStatus,
            new ExecId(execId),
            new ClientOrderId(clientOrderId),
            new VenueOrderId("V-1"),
            new Quantity(lastQty),
            new Price(lastPx),
            new Quantity(cumQty),
            new Quantity(Math.Max(0m, orderQty - cumQty)),
            Price.Zero,
            T0);

    public static ExecutionReport Ack(string execId = "E-ack", string clientOrderId = "C-1") =>
        Report(ExecType.New, OrderStatus.New, execId, clientOrderId: clientOrderId);

    public static ExecutionReport Trade(string execId, decimal lastQty, decimal lastPx, decimal cumQty, decimal orderQty = 100m, string clientOrderId = "C-1") =>
        Report(ExecType.Trade, cumQty >= orderQty ? OrderStatus.Filled : OrderStatus.PartiallyFilled, execId, cumQty, lastQty, lastPx, clientOrderId, orderQty);

    public static ExecutionReport Canceled(string execId, decimal cumQty = 0m, string clientOrderId = "C-1") =>
        Report(ExecType.Canceled, OrderStatus.Canceled, execId, cumQty, clientOrderId: clientOrderId);

    public static CancelReject CancelRejectFor(string clientOrderId, CancelRejectResponseTo responseTo = CancelRejectResponseTo.CancelRequest) =>
        new(new ClientOrderId(clientOrderId), responseTo, CancelRejectReason.TooLateToCancel, T0) { OrigClientOrderId = OrderId };
}
