using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Risk;
using OrleansTrading.Abstractions.Strategies;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.Tests.Cluster;

namespace OrleansTrading.Grains.Tests.Risk;

[Collection(ClusterCollection.Name)]
public sealed class TradingModeTests(ClusterFixture cluster)
{
    private static readonly Domain.Instruments.Instrument Aapl = ClusterFixture.Aapl;

    [Fact]
    public async Task A_halted_account_refuses_new_orders_but_accepts_cancels()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "halt");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        var resting = scenario.Limit(Aapl, OrderSide.Buy, 10, 95m);
        await scenario.SubmitAcceptedAsync(resting);

        Assert.True((await scenario.AccountGrain.SetMode(TradingMode.Halted, "risk review", "risk-officer")).Succeeded);
        var refused = await scenario.SubmitAsync(scenario.Limit(Aapl, OrderSide.Buy, 10, 95m));
        var canceled = await scenario.Order(resting).Cancel("trader");

        Assert.Equal("RISK_TRADING_HALTED", refused.Refusal?.Code);
        Assert.True(canceled.Succeeded, canceled.Refusal?.Message);
        Assert.Equal(OrderStatus.Canceled, canceled.Order!.Status);
        Assert.Equal(TradingMode.Halted, (await scenario.AccountGrain.GetRiskSnapshot()).EffectiveMode);
    }

    [Fact]
    public async Task Resuming_a_halted_account_accepts_orders_again()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "resume");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        await scenario.AccountGrain.SetMode(TradingMode.Halted, "break", "risk-officer");
        await scenario.AccountGrain.SetMode(TradingMode.Active, "resume", "risk-officer");

        await scenario.SubmitAcceptedAsync(scenario.Limit(Aapl, OrderSide.Buy, 10, 95m));
    }

    [Fact]
    public async Task Reduce_only_refuses_position_increasing_orders_and_accepts_reducing_ones()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "reduce");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        await scenario.SubmitAcceptedAsync(scenario.Market(Aapl, OrderSide.Buy, 100));
        await scenario.AccountGrain.SetMode(TradingMode.ReduceOnly, "limit breach", "risk-officer");

        var increase = await scenario.SubmitAsync(scenario.Limit(Aapl, OrderSide.Buy, 10, 99m));
        var crossFlat = await scenario.SubmitAsync(scenario.Limit(Aapl, OrderSide.Sell, 150, 99m));
        var reduce = await scenario.SubmitAsync(scenario.Market(Aapl, OrderSide.Sell, 40));

        Assert.Equal("RISK_REDUCE_ONLY", increase.Refusal?.Code);
        Assert.Equal("RISK_REDUCE_ONLY", crossFlat.Refusal?.Code);
        Assert.Equal(SubmitOrderOutcome.Accepted, reduce.Outcome);
        Assert.Equal(60m, (await scenario.PositionAsync(Aapl)).NetQuantity);
    }

    [Fact]
    public async Task A_risk_refusal_changes_nothing()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "refuse", new RiskLimitSettings(MaxOrderQuantity: new Quantity(50)));
        scenario.Quote(Aapl, 100.00m, 100.02m);
        var request = scenario.Limit(Aapl, OrderSide.Buy, 51, 99m);

        var refused = await scenario.SubmitAsync(request);

        Assert.Equal("RISK_MAX_ORDER_QUANTITY", refused.Refusal?.Code);
        Assert.Equal(Abstractions.RefusalKind.FailedPrecondition, refused.Refusal!.Kind);
        Assert.Null(await scenario.Order(request).Get());
        Assert.Empty(await scenario.AccountGrain.ReadOrderEvents(0, 10));
        Assert.Equal(SubmitOrderOutcome.Accepted, (await scenario.SubmitAsync(request with { Quantity = new Quantity(50) })).Outcome);
    }

    [Fact]
    public async Task Halting_one_strategy_leaves_the_other_strategy_trading()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "isolate");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        var halted = await cluster.Grains.GetGrain<IStrategyGrain>(scenario.Strategy.Value).SetMode(TradingMode.Halted, "misbehaving", "risk-officer");
        Assert.True(halted.Succeeded);

        var refused = await scenario.SubmitAsync(scenario.Limit(Aapl, OrderSide.Buy, 10, 99m, scenario.Strategy));
        var accepted = await scenario.SubmitAsync(scenario.Limit(Aapl, OrderSide.Buy, 10, 99m, scenario.OtherStrategy));

        Assert.Equal("RISK_TRADING_HALTED", refused.Refusal?.Code);
        Assert.Equal(SubmitOrderOutcome.Accepted, accepted.Outcome);
        Assert.Equal(TradingMode.Halted, (await cluster.Grains.GetGrain<IStrategyGrain>(scenario.Strategy.Value).Get())!.EffectiveMode);
    }

    [Fact]
    public async Task A_strategy_not_registered_for_the_account_cannot_trade_it()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "unreg");
        var request = scenario.Limit(Aapl, OrderSide.Buy, 10, 99m, new Domain.Identifiers.StrategyId("NOT-REGISTERED"));

        var refused = await scenario.SubmitAsync(request);

        Assert.Equal("STRATEGY_NOT_REGISTERED", refused.Refusal?.Code);
    }

    [Fact]
    public async Task Strategy_limits_are_enforced_inside_the_account()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "stratlimit");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        await cluster.Grains.GetGrain<IStrategyGrain>(scenario.Strategy.Value).SetLimits(new RiskLimitSettings(MaxOrderQuantity: new Quantity(5)), "risk-officer");

        var refused = await scenario.SubmitAsync(scenario.Limit(Aapl, OrderSide.Buy, 10, 99m));
        var other = await scenario.SubmitAsync(scenario.Limit(Aapl, OrderSide.Buy, 10, 99m, scenario.OtherStrategy));

        Assert.Equal("RISK_MAX_ORDER_QUANTITY", refused.Refusal?.Code);
        Assert.Contains("strategy", refused.Refusal!.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(SubmitOrderOutcome.Accepted, other.Outcome);
    }

    [Fact]
    public async Task The_global_kill_switch_halts_every_account_and_releasing_it_resumes_them()
    {
        var first = await TradingScenario.OpenAsync(cluster, "global1");
        var second = await TradingScenario.OpenAsync(cluster, "global2");
        first.Quote(Aapl, 100.00m, 100.02m);
        var kill = cluster.Grains.GetGrain<IGlobalRiskGrain>(IGlobalRiskGrain.Key);
        try
        {
            Assert.True((await kill.SetMode(TradingMode.Halted, "exchange incident", "operator")).Succeeded);

            Assert.Equal("RISK_KILL_SWITCH_ENGAGED", (await first.SubmitAsync(first.Limit(Aapl, OrderSide.Buy, 1, 99m))).Refusal?.Code);
            Assert.Equal("RISK_KILL_SWITCH_ENGAGED", (await second.SubmitAsync(second.Limit(Aapl, OrderSide.Buy, 1, 99m))).Refusal?.Code);
        }
        finally
        {
            await kill.SetMode(TradingMode.Active, "incident over", "operator");
        }

        Assert.Equal(SubmitOrderOutcome.Accepted, (await first.SubmitAsync(first.Limit(Aapl, OrderSide.Buy, 1, 99m))).Outcome);
    }

    [Fact]
    public async Task Changing_a_mode_without_a_reason_is_refused()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "reason");

        var result = await scenario.AccountGrain.SetMode(TradingMode.Halted, " ", "risk-officer");

        Assert.Equal("REASON_REQUIRED", result.Refusal?.Code);
        Assert.Equal(TradingMode.Active, (await scenario.AccountGrain.Get())!.Mode);
    }
}
