using System.Collections.Immutable;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Abstractions.Strategies;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.MarketData;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.Venues.Paper;

namespace OrleansTrading.Grains.Tests.Cluster;

/// <summary>
/// A fresh account (unique per test, so tests never see each other's state) with one or more strategies, plus
/// helpers to quote the paper venue, submit orders and read positions.
/// </summary>
public sealed class TradingScenario(ClusterFixture cluster, string name)
{
    private int _orders;

    public AccountId Account { get; } = new($"{name}-{Guid.NewGuid().ToString("N")[..8]}");

    public StrategyId Strategy { get; } = new($"S-{Guid.NewGuid().ToString("N")[..8]}");

    public StrategyId OtherStrategy { get; } = new($"S-{Guid.NewGuid().ToString("N")[..8]}");

    public IAccountGrain AccountGrain => cluster.Grains.GetGrain<IAccountGrain>(Account.Value);

    public static async Task<TradingScenario> OpenAsync(ClusterFixture cluster, string name, RiskLimitSettings? limits = null, decimal startingCash = 1_000_000m)
    {
        var scenario = new TradingScenario(cluster, name);
        var opened = await scenario.AccountGrain.Open(new AccountDefinition(scenario.Account, Currency.Usd, startingCash, [], limits ?? RiskLimitSettings.None), "test");
        Assert.True(opened.Succeeded, opened.Refusal?.Message);
        foreach (var strategy in new[] { scenario.Strategy, scenario.OtherStrategy })
        {
            var registered = await cluster.Grains.GetGrain<IStrategyGrain>(strategy.Value)
                .Register(new StrategyRegistration(strategy, "test strategy", "tests", [scenario.Account], RiskLimitSettings.None), "test");
            Assert.True(registered.Succeeded, registered.Refusal?.Message);
        }

        return scenario;
    }

    public void Quote(Instrument instrument, decimal bid, decimal ask, decimal size = 1_000_000m)
    {
        var now = ClusterFixture.Clock.UtcNow;
        cluster.SiloService<PaperVenue>().OnQuote(new QuoteTick(instrument.Id, new Price(bid), new Price(ask), new Quantity(size), new Quantity(size), now, now));
    }

    public SubmitOrderRequest Limit(Instrument instrument, OrderSide side, decimal quantity, decimal price, StrategyId? strategy = null, string? clientOrderId = null) =>
        new(Account, strategy ?? Strategy, instrument.Id, new ClientOrderId(clientOrderId ?? NextId()), side, OrderType.Limit,
            new Quantity(quantity), new Price(price), null, TimeInForce.Gtc, null, "test");

    public SubmitOrderRequest Market(Instrument instrument, OrderSide side, decimal quantity, StrategyId? strategy = null) =>
        new(Account, strategy ?? Strategy, instrument.Id, new ClientOrderId(NextId()), side, OrderType.Market,
            new Quantity(quantity), null, null, TimeInForce.Day, null, "test");

    /// <summary>The stream of the account's order journal (for injecting journal failures).</summary>
    public string OrderJournal => "orders" + Identifier.CompositeSeparator + Account.Value;

    public IOrderGrain Order(SubmitOrderRequest request) => cluster.Grains.GetGrain<IOrderGrain>(GrainKeys.Order(request.Account, request.ClientOrderId));

    /// <summary>Submits through the account, as the API does (<see cref="IAccountGrain.Submit"/>).</summary>
    public Task<SubmitOrderResult> SubmitAsync(SubmitOrderRequest request) => AccountGrain.Submit(request);

    /// <summary>Submits to the order's own grain, the way orders for venues that answer later are submitted.</summary>
    public Task<SubmitOrderResult> SubmitToOrderGrainAsync(SubmitOrderRequest request) => Order(request).Submit(request);

    public async Task<OrderView> SubmitAcceptedAsync(SubmitOrderRequest request)
    {
        var result = await SubmitAsync(request);
        Assert.True(result.Outcome == SubmitOrderOutcome.Accepted, result.Refusal?.Message ?? result.Outcome.ToString());
        return result.Order!;
    }

    public Task<PositionView> PositionAsync(Instrument instrument) =>
        cluster.Grains.GetGrain<IPositionGrain>(GrainKeys.Position(Account, instrument.Id)).Get();

    private string NextId() => $"c{Interlocked.Increment(ref _orders)}";
}
