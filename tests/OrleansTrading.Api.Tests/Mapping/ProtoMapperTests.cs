using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Api.Mapping;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using V1 = OrleansTrading.Api.V1;

namespace OrleansTrading.Api.Tests.Mapping;

public sealed class ProtoMapperTests
{
    [Fact]
    public void An_order_view_maps_with_decimal_strings_and_its_fills()
    {
        var fill = new OrderFillView(new FillId("f-1"), new ExecId("e-1"), new Quantity(40m), new Price(101.25m), new Money(0.40m, Currency.Usd), new UnixNanos(1_500_000_000_123_456_789));
        var view = new OrderView(
            new AccountId("ACC-1"), new StrategyId("S-1"), new InstrumentId("AAPL.XNAS"), new ClientOrderId("c-1"), new ClientOrderId("c-1-1"),
            new VenueOrderId("V-9"), new VenueId("PAPER"), OrderSide.Sell, OrderType.Limit, TimeInForce.Gtc, new Quantity(100m), new Price(101.250m), null, null,
            OrderStatus.PartiallyFilled, new Quantity(40m), new Quantity(60m), new Price(101.25m), "partial", new UnixNanos(1), new UnixNanos(2), 3, [fill]);

        var proto = ProtoMapper.ToProto(view);

        Assert.Equal("c-1-1", proto.VenueClientOrderId);
        Assert.Equal(V1.Side.Sell, proto.Side);
        Assert.Equal(V1.TimeInForce.Gtc, proto.TimeInForce);
        Assert.Equal("101.250", proto.LimitPrice);
        Assert.Equal("", proto.StopPrice);
        Assert.Null(proto.ExpireTime);
        Assert.Equal(V1.OrderStatus.PartiallyFilled, proto.Status);
        Assert.Equal("60", proto.LeavesQuantity);
        Assert.True(proto.Open);
        Assert.Equal(3, proto.Version);
        var mapped = Assert.Single(proto.Fills);
        Assert.Equal("40", mapped.Quantity);
        Assert.Equal("0.40", mapped.Commission.Amount);
        Assert.Equal("USD", mapped.Commission.Currency);
        Assert.Equal(123_456_789, mapped.Time.Nanos);
    }

    [Fact]
    public void A_position_maps_with_its_strategy_breakdown()
    {
        var share = new PositionView(new AccountId("A"), new StrategyId("S"), new InstrumentId("AAPL.XNAS"), -5m, new Price(10m), null, 1m, 0m, 0.1m, -50m, Currency.Usd, 1, new UnixNanos(5), []);
        var position = share with { Strategy = null, ByStrategy = [share] };

        var proto = ProtoMapper.ToProto(position);

        Assert.Equal("-5", proto.NetQuantity);
        Assert.Equal("", proto.StrategyId);
        Assert.Equal("", proto.MarkPrice);
        Assert.Equal("S", Assert.Single(proto.ByStrategy).StrategyId);
    }

    [Fact]
    public void A_journal_event_maps_its_fill_fields()
    {
        var e = new OrderEvent(7, new AccountId("A"), new ClientOrderId("c"), 2, OrderEventKind.Filled, OrderStatus.Filled, new Quantity(10m), Quantity.Zero,
            new Quantity(10m), new Price(99.5m), null, new UnixNanos(10), new InstrumentId("AAPL.XNAS"), new StrategyId("S"), OrderSide.Sell,
            new FillId("f-7"), new Money(0.25m, Currency.Usd));

        var proto = ProtoMapper.ToProto(e);

        Assert.Equal(7, proto.Sequence);
        Assert.Equal(V1.OrderEventKind.Filled, proto.Kind);
        Assert.Equal("10", proto.LastQuantity);
        Assert.Equal("99.5", proto.LastPrice);
        Assert.Equal("S", proto.StrategyId);
        Assert.Equal(V1.Side.Sell, proto.Side);
        Assert.Equal("f-7", proto.FillId);
        Assert.Equal("0.25", proto.Commission.Amount);
    }
}
