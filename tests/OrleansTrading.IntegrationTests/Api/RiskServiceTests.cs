using Grpc.Core;
using OrleansTrading.Api.V1;
using static OrleansTrading.IntegrationTests.Api.ApiHostFixture;

namespace OrleansTrading.IntegrationTests.Api;

[Collection(ApiCollection.Name)]
public sealed class RiskServiceTests(ApiHostFixture host)
{
    private readonly OrderService.OrderServiceClient _orders = new(host.Channel);
    private readonly RiskService.RiskServiceClient _risk = new(host.Channel);

    private static RiskScope AccountScope(string account) => new() { AccountId = account };

    private async Task AssertSubmitRefusedAsync(string account)
    {
        var id = NewOrderId("halted");
        var ex = await ApiAssert.FailsAsync(StatusCode.FailedPrecondition, _orders.SubmitOrderAsync(OrderServiceTests.Limit(account, id), host.Trader));
        var reason = ApiAssert.Reason(ex);
        Assert.False(string.IsNullOrEmpty(reason));
        Assert.Contains($"[{reason}]", ex.Status.Detail, StringComparison.Ordinal);
        await ApiAssert.FailsAsync(StatusCode.NotFound, _orders.GetOrderAsync(new GetOrderRequest { AccountId = account, ClientOrderId = id }, host.Trader));
    }

    [Fact]
    public async Task Risk_staff_halt_an_account_which_refuses_orders_until_resumed()
    {
        var halted = await _risk.HaltTradingAsync(new HaltTradingRequest { Scope = AccountScope(HaltAccount), Reason = "api test halt" }, host.Risk);
        Assert.Equal(TradingMode.Halted, halted.Mode);
        try
        {
            await AssertSubmitRefusedAsync(HaltAccount);
            var snapshot = await _risk.GetRiskSnapshotAsync(new GetRiskSnapshotRequest { Scope = AccountScope(HaltAccount) }, host.Risk);
            Assert.Equal(TradingMode.Halted, snapshot.Snapshot.EffectiveMode);
            Assert.Contains("api test halt", snapshot.Snapshot.ModeReason, StringComparison.Ordinal);
        }
        finally
        {
            await _risk.ResumeTradingAsync(new ResumeTradingRequest { Scope = AccountScope(HaltAccount), Reason = "api test over" }, host.Risk);
        }

        var accepted = await _orders.SubmitOrderAsync(OrderServiceTests.Limit(HaltAccount, NewOrderId("resumed")), host.Trader);
        Assert.Equal(HaltAccount, accepted.Order.AccountId);
    }

    [Fact]
    public async Task Reduce_only_shows_in_the_snapshot()
    {
        await _risk.SetReduceOnlyAsync(new SetReduceOnlyRequest { Scope = AccountScope(HaltAccount), Reason = "api test reduce" }, host.Risk);
        try
        {
            var snapshot = await _risk.GetRiskSnapshotAsync(new GetRiskSnapshotRequest { Scope = AccountScope(HaltAccount) }, host.Trader);
            Assert.Equal(TradingMode.ReduceOnly, snapshot.Snapshot.EffectiveMode);
        }
        finally
        {
            await _risk.ResumeTradingAsync(new ResumeTradingRequest { Scope = AccountScope(HaltAccount), Reason = "api test over" }, host.Risk);
        }
    }

    [Fact]
    public async Task A_strategy_halt_refuses_its_orders_until_resumed()
    {
        await _risk.HaltTradingAsync(new HaltTradingRequest { Scope = new RiskScope { StrategyId = Strategy }, Reason = "api test strategy halt" }, host.Risk);
        try
        {
            await AssertSubmitRefusedAsync(HaltAccount);
        }
        finally
        {
            await _risk.ResumeTradingAsync(new ResumeTradingRequest { Scope = new RiskScope { StrategyId = Strategy }, Reason = "over" }, host.Risk);
        }
    }

    [Fact]
    public async Task The_global_kill_switch_stops_every_account_and_is_reported_in_snapshots()
    {
        await _risk.HaltTradingAsync(new HaltTradingRequest { Scope = new RiskScope { Global = true }, Reason = "api test global halt" }, host.Operator);
        try
        {
            var snapshot = await _risk.GetRiskSnapshotAsync(new GetRiskSnapshotRequest { Scope = new RiskScope { Global = true } }, host.Risk);
            Assert.Equal(TradingMode.Halted, snapshot.Global.Mode);
            Assert.Null(snapshot.Snapshot);
            await ApiAssert.EventuallyAsync(
                async () => (await _risk.GetRiskSnapshotAsync(new GetRiskSnapshotRequest { Scope = AccountScope(TraderAccount) }, host.Trader)).Snapshot.EffectiveMode,
                mode => mode == TradingMode.Halted, "the global halt to reach the account");
            await AssertSubmitRefusedAsync(TraderAccount);
        }
        finally
        {
            await _risk.ResumeTradingAsync(new ResumeTradingRequest { Scope = new RiskScope { Global = true }, Reason = "api test over" }, host.Operator);
        }

        await ApiAssert.EventuallyAsync(
            async () => (await _risk.GetRiskSnapshotAsync(new GetRiskSnapshotRequest { Scope = AccountScope(TraderAccount) }, host.Trader)).Snapshot.EffectiveMode,
            mode => mode == TradingMode.Active, "the global resume to reach the account");
    }

    [Fact]
    public async Task Only_risk_staff_in_scope_and_operators_may_flip_switches()
    {
        var byTrader = await ApiAssert.FailsAsync(StatusCode.PermissionDenied, _risk.HaltTradingAsync(new HaltTradingRequest { Scope = AccountScope(TraderAccount), Reason = "x" }, host.Trader));
        Assert.Equal("ROLE_NOT_ALLOWED", ApiAssert.Reason(byTrader));
        var outOfScope = await ApiAssert.FailsAsync(StatusCode.PermissionDenied, _risk.HaltTradingAsync(new HaltTradingRequest { Scope = AccountScope(HaltAccount), Reason = "x" }, host.ScopedRisk));
        Assert.Equal("OUT_OF_SCOPE", ApiAssert.Reason(outOfScope));
        await ApiAssert.FailsAsync(StatusCode.PermissionDenied, _risk.HaltTradingAsync(new HaltTradingRequest { Scope = new RiskScope { Global = true }, Reason = "x" }, host.ScopedRisk));
        await ApiAssert.FailsAsync(StatusCode.PermissionDenied, _risk.SetLimitsAsync(new SetLimitsRequest { Scope = AccountScope(HaltAccount), Limits = new RiskLimits() }, host.Investor));

        var snapshot = await _risk.GetRiskSnapshotAsync(new GetRiskSnapshotRequest { Scope = AccountScope(HaltAccount) }, host.Risk);
        Assert.Equal(TradingMode.Active, snapshot.Snapshot.EffectiveMode);
    }

    [Fact]
    public async Task Mode_changes_need_a_scope_and_a_reason()
    {
        var ex = await ApiAssert.FailsAsync(StatusCode.InvalidArgument, _risk.HaltTradingAsync(new HaltTradingRequest { Scope = AccountScope(HaltAccount) }, host.Risk));
        Assert.Contains("reason", ApiAssert.InvalidFields(ex));
        ex = await ApiAssert.FailsAsync(StatusCode.InvalidArgument, _risk.HaltTradingAsync(new HaltTradingRequest { Reason = "x" }, host.Risk));
        Assert.Contains("scope", ApiAssert.InvalidFields(ex));
    }

    [Fact]
    public async Task A_limit_set_by_risk_staff_refuses_larger_orders_with_its_reason_code()
    {
        await _risk.SetLimitsAsync(new SetLimitsRequest { Scope = AccountScope(HaltAccount), Limits = new RiskLimits { MaxOrderQuantity = "10" } }, host.Risk);
        try
        {
            var snapshot = await _risk.GetRiskSnapshotAsync(new GetRiskSnapshotRequest { Scope = AccountScope(HaltAccount) }, host.Risk);
            Assert.NotNull(snapshot.Snapshot);
            await AssertSubmitRefusedAsync(HaltAccount);
            var small = await _orders.SubmitOrderAsync(OrderServiceTests.Limit(HaltAccount, NewOrderId("small"), quantity: "10"), host.Trader);
            Assert.Equal("10", small.Order.Quantity);
        }
        finally
        {
            await _risk.SetLimitsAsync(new SetLimitsRequest { Scope = AccountScope(HaltAccount), Limits = new RiskLimits() }, host.Risk);
        }
    }

    [Fact]
    public async Task Invalid_limits_are_INVALID_ARGUMENT()
    {
        var ex = await ApiAssert.FailsAsync(StatusCode.InvalidArgument,
            _risk.SetLimitsAsync(new SetLimitsRequest { Scope = AccountScope(HaltAccount), Limits = new RiskLimits { MaxOrderNotional = "-5", MaxMarginUtilisation = "2" } }, host.Risk));

        Assert.Contains("limits.max_order_notional", ApiAssert.InvalidFields(ex));
        Assert.Contains("limits.max_margin_utilisation", ApiAssert.InvalidFields(ex));
    }
}
