using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.VenueSimulator.Matching;

namespace OrleansTrading.VenueSimulator.Tests.Matching;

/// <summary>Short ways to build the instruments, participants and requests the book tests use.</summary>
internal static class TestMarket
{
    public static readonly Instrument TestInstrument = new(new InstrumentId("TEST.XSIM"), AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(1m));
    public static readonly Instrument OtherInstrument = new(new InstrumentId("OTHER.XSIM"), AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(1m));
    public static readonly ParticipantId Alice = new("ALICE");
    public static readonly ParticipantId Bob = new("BOB");
    public static readonly ParticipantId Carol = new("CAROL");
    public static readonly ParticipantId MarketMaker = new("MM");
    public static readonly UnixNanos T0 = UnixNanos.FromSeconds(1_750_000_000);

    public static OrderBook NewBook() => new(TestInstrument, "B:");

    public static UnixNanos At(int seconds) => T0.AddNanos(seconds * UnixNanos.NanosPerSecond);

    public static ClientOrderId Id(string value) => new(value);

    public static NewOrderRequest Limit(ParticipantId who, string clOrdId, OrderSide side, decimal quantity, decimal price, TimeInForce tif = TimeInForce.Day, Instrument? instrument = null) =>
        new(who, Id(clOrdId), (instrument ?? TestInstrument).Id, side, OrderType.Limit, new Quantity(quantity), tif, new Price(price));

    public static NewOrderRequest Market(ParticipantId who, string clOrdId, OrderSide side, decimal quantity, TimeInForce tif = TimeInForce.Day) =>
        new(who, Id(clOrdId), TestInstrument.Id, side, OrderType.Market, new Quantity(quantity), tif);

    public static NewOrderRequest Stop(ParticipantId who, string clOrdId, OrderSide side, decimal quantity, decimal stopPrice, TimeInForce tif = TimeInForce.Day) =>
        new(who, Id(clOrdId), TestInstrument.Id, side, OrderType.Stop, new Quantity(quantity), tif, StopPrice: new Price(stopPrice));

    public static NewOrderRequest StopLimit(ParticipantId who, string clOrdId, OrderSide side, decimal quantity, decimal stopPrice, decimal limitPrice, TimeInForce tif = TimeInForce.Day) =>
        new(who, Id(clOrdId), TestInstrument.Id, side, OrderType.StopLimit, new Quantity(quantity), tif, new Price(limitPrice), new Price(stopPrice));

    public static CancelOrderRequest CancelOf(ParticipantId who, string clOrdId, string origClOrdId) =>
        new(who, Id(clOrdId), TestInstrument.Id, Id(origClOrdId));

    public static ReplaceOrderRequest ReplaceOf(ParticipantId who, string clOrdId, string origClOrdId, OrderSide side, decimal quantity, decimal price) =>
        new(who, Id(clOrdId), TestInstrument.Id, side, OrderType.Limit, new Quantity(quantity), new Price(price), null, Id(origClOrdId));

    public static IReadOnlyList<T> All<T>(this IReadOnlyList<VenueEvent> events) => Enumerable.OfType<T>(events).ToList();

    public static T One<T>(this IReadOnlyList<VenueEvent> events) => Assert.Single(Enumerable.OfType<T>(events));

    /// <summary>The fills of the order whose ClOrdID (current or original) is <paramref name="clOrdId"/>.</summary>
    public static IReadOnlyList<OrderFilled> FillsOf(this IReadOnlyList<VenueEvent> events, string clOrdId) =>
        events.OfType<OrderFilled>().Where(f => f.Order.ClientOrderId.Value == clOrdId || f.Order.OrigClientOrderId?.Value == clOrdId).ToList();

    /// <summary>Event kinds in order, e.g. "Accepted Filled Filled Canceled": the shape of an outcome at a glance.</summary>
    public static string Kinds(this IReadOnlyList<VenueEvent> events) =>
        string.Join(' ', events.Select(e => e.GetType().Name.Replace("Order", string.Empty, StringComparison.Ordinal)));
}
