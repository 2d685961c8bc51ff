using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.Accounts;
using OrleansTrading.Grains.Orders;
using OrleansTrading.Grains.Positions;
using OrleansTrading.Grains.Tests.Cluster;

namespace OrleansTrading.Grains.Tests.Serialization;

/// <summary>
/// Grain state is stored by Orleans' binary serializer in every deployment (SQLite and Azure Table). These tests pin
/// that a realistic state survives the round trip exactly — the failure that only shows when a grain re-activates.
/// </summary>
public sealed class PersistedStateSerializationTests
{
    private static readonly IGrainStorageSerializer Storage =
        new OrleansGrainStorageSerializer(new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>());

    [Fact]
    public void An_order_with_fills_and_a_pending_replace_round_trips_exactly()
    {
        var now = UnixNanos.FromDateTime(ClusterFixture.Start);
        var spec = new OrderSpecification(new ClientOrderId("OT1"), new AccountId("A"), new StrategyId("S"), ClusterFixture.Aapl.Id,
            new VenueId("PAPER"), OrderSide.Buy, OrderType.Limit, TimeInForce.Gtc, new Quantity(100)) { LimitPrice = new Price(10.01m) };
        var order = Order.Create(spec, ClusterFixture.Aapl, now).Order!;
        order.MarkSubmitted(now);
        order.Apply(new ExecutionReport(ExecType.New, OrderStatus.New, new ExecId("e1"), order.ClientOrderId, new VenueOrderId("v1"),
            Quantity.Zero, Price.Zero, Quantity.Zero, new Quantity(100), Price.Zero, now), now);
        order.Apply(new ExecutionReport(ExecType.Trade, OrderStatus.PartiallyFilled, new ExecId("e2"), order.ClientOrderId, new VenueOrderId("v1"),
            new Quantity(40), new Price(10.005m), new Quantity(40), new Quantity(60), new Price(10.005m), now) { Commission = new Money(0.12m, Currency.Usd) }, now);
        order.RequestReplace(new ReplaceRequest(new ClientOrderId("OT1-1")) { Quantity = new Quantity(80) }, ClusterFixture.Aapl, now);
        var state = new OrderState
        {
            Order = order.ToSnapshot(),
            Changes = [new OrderChange(1, OrderEventKind.Submitted, OrderStatus.PendingNew, null, null, now)],
            AccountConfirmedVersion = 1,
            UnconfirmedFills = [.. order.Fills],
            RequestCount = 1,
        };

        var copy = RoundTrip(state);

        Assert.Equal(state.Order, copy.Order);
        Assert.Equal(state.Changes, copy.Changes);
        Assert.Equal(state.UnconfirmedFills, copy.UnconfirmedFills);
        Assert.Equal(order.ToSnapshot(), Order.Restore(copy.Order!).ToSnapshot());
    }

    [Fact]
    public void An_account_with_strategies_positions_and_drawdown_round_trips()
    {
        var state = new AccountState
        {
            Definition = new AccountDefinition(new AccountId("A"), Currency.Usd, 1_000_000m, [new FundId("F")], RiskLimitSettings.None),
            Limits = new RiskLimitSettings(MaxOrderQuantity: new Quantity(10), MaxPositionByInstrument: System.Collections.Immutable.ImmutableDictionary<InstrumentId, Quantity>.Empty.Add(ClusterFixture.Aapl.Id, new Quantity(5))),
            Mode = TradingMode.ReduceOnly,
            ModeReason = "breach",
            Strategies = { [new StrategyId("S")] = new StrategySettings(new StrategyId("S"), RiskLimitSettings.None, true, TradingMode.Active, null) },
            Positions = { [ClusterFixture.Aapl.Id] = new PositionFigures { NetQuantity = -3, OpenCost = -300.03m, RealisedPnlGross = 1.5m, Commissions = 0.2m, FillCount = 4 } },
            Drawdown = new DrawdownSnapshot(20_000, 1_000_100m, 999_000m, true, false, false),
            SnapshotSequence = 42,
        };

        var copy = RoundTrip(state);

        Assert.Equal(state.Definition with { Funds = [] }, copy.Definition! with { Funds = [] });
        Assert.Equal(state.Definition.Funds.ToArray(), copy.Definition.Funds.ToArray());
        Assert.Equal(new Quantity(5), copy.Limits.MaxPositionByInstrument![ClusterFixture.Aapl.Id]);
        Assert.Equal(TradingMode.ReduceOnly, copy.Mode);
        Assert.Equal(state.Strategies.Single().Value, copy.Strategies.Single().Value);
        Assert.Equal(-300.03m, copy.Positions[ClusterFixture.Aapl.Id].OpenCost);
        Assert.Equal(state.Drawdown, copy.Drawdown);
        Assert.Equal(42, copy.SnapshotSequence);
    }

    private static T RoundTrip<T>(T value) => Storage.Deserialize<T>(Storage.Serialize(value))!;
}
