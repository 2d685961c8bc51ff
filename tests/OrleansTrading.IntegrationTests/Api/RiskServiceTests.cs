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
    public async Task The_full_kill_switch_halts_an_account_and_pulls_its_working_orders()
    {
        var buy = NewOrderId("kill-buy");
        var sell = NewOrderId("kill-sell");
        await _orders.SubmitOrderAsync(OrderServiceTests.Limit(HaltAccount, buy, "5", "40.10"), host.Trader);
        await _orders.SubmitOrderAsync(OrderServiceTests.Limit(HaltAccount, sell, "5", "4000.00", Side.Sell), host.Trader);

        var halted = await _risk.HaltTradingAsync(
            new HaltTradingRequest { Scope = AccountScope(HaltAccount), Reason = "api test kill switch", CancelOpenOrders = true }, host.Risk);
        try
        {
            Assert.Equal(TradingMode.Halted, halted.Mode);
            Assert.Equal(0, halted.Cancelled.StillWorking);
            foreach (var id in new[] { buy, sell })
            {
                var outcome = Assert.Single(halted.Cancelled.Orders, o => o.ClientOrderId == id);
                Assert.Equal(OrderStatus.Canceled, outcome.Status);
                Assert.Equal(HaltAccount, outcome.AccountId);
            }

            var open = await _orders.ListOrdersAsync(new ListOrdersRequest { AccountId = HaltAccount, OpenOnly = true, PageSize = 100 }, host.Risk);
            Assert.Empty(open.Orders);
            await AssertSubmitRefusedAsync(HaltAccount);
            var audited = await ApiAssert.EventuallyAsync(
                () => Task.FromResult(host.ReadAudit().Where(l => l.Contains("\"CancelOpenOrders\"", StringComparison.Ordinal) && l.Contains("api test kill switch", StringComparison.Ordinal)).ToList()),
                l => l.Count >= 1, "the mass cancel's audit record");
            var record = System.Text.Json.JsonDocument.Parse(audited[0]).RootElement;
            Assert.Equal("risk-desk", record.GetProperty("actor").GetString());
            Assert.Equal($"account:{HaltAccount}", record.GetProperty("target").GetString());
        }
        finally
        {
            await _risk.ResumeTradingAsync(new ResumeTradingRequest { Scope = AccountScope(HaltAccount), Reason = "api test over" }, host.Risk);
        }
    }

    [Fact]
    public async Task A_filtered_mass_cancel_pulls_only_the_matching_side_and_does_not_halt()
    {
        var buy = NewOrderId("mass-buy");
        var sell = NewOrderId("mass-sell");
        await _orders.SubmitOrderAsync(OrderServiceTests.Limit(HaltAccount, buy, "3", "40.10"), host.Trader);
        await _orders.SubmitOrderAsync(OrderServiceTests.Limit(HaltAccount, sell, "3", "4000.00", Side.Sell), host.Trader);

        var cancelled = await _risk.CancelOpenOrdersAsync(
            new CancelOpenOrdersRequest { Scope = AccountScope(HaltAccount), InstrumentId = Instrument, Side = Side.Sell, Reason = "api test pull offers" }, host.Risk);

        Assert.Contains(cancelled.Orders, o => o.ClientOrderId == sell && o.Status == OrderStatus.Canceled);
        Assert.DoesNotContain(cancelled.Orders, o => o.ClientOrderId == buy);
        var stillWorking = await _orders.GetOrderAsync(new GetOrderRequest { AccountId = HaltAccount, ClientOrderId = buy }, host.Trader);
        Assert.Equal(OrderStatus.New, stillWorking.Order.Status);
        var snapshot = await _risk.GetRiskSnapshotAsync(new GetRiskSnapshotRequest { Scope = AccountScope(HaltAccount) }, host.Risk);
        Assert.Equal(TradingMode.Active, snapshot.Snapshot.EffectiveMode);
        await _orders.CancelOrderAsync(new CancelOrderRequest { AccountId = HaltAccount, ClientOrderId = buy }, host.Trader);
    }

    [Fact]
    public async Task Strategy_and_platform_wide_mass_cancels_reach_every_account()
    {
        var offers = new[] { (TraderAccount, NewOrderId("strat-offer")), (HaltAccount, NewOrderId("strat-offer")) };
        var bids = new[] { (TraderAccount, NewOrderId("global-bid")), (HaltAccount, NewOrderId("global-bid")) };
        foreach (var (account, id) in offers)
        {
            await _orders.SubmitOrderAsync(OrderServiceTests.Limit(account, id, "2", "4000.00", Side.Sell), host.Trader);
        }

        foreach (var (account, id) in bids)
        {
            await _orders.SubmitOrderAsync(OrderServiceTests.Limit(account, id, "2", "40.10"), host.Trader);
        }

        var byStrategy = await _risk.CancelOpenOrdersAsync(
            new CancelOpenOrdersRequest { Scope = new RiskScope { StrategyId = Strategy }, InstrumentId = Instrument, Side = Side.Sell, Reason = "api test strategy pull" }, host.Risk);
        var global = await _risk.CancelOpenOrdersAsync(
            new CancelOpenOrdersRequest { Scope = new RiskScope { Global = true }, InstrumentId = Instrument, Side = Side.Buy, Reason = "api test global pull" }, host.Risk);

        foreach (var ((account, id), response) in offers.Select(o => (o, byStrategy)).Concat(bids.Select(b => (b, global))))
        {
            var outcome = Assert.Single(response.Orders, o => o.ClientOrderId == id);
            Assert.Equal((account, OrderStatus.Canceled, ""), (outcome.AccountId, outcome.Status, outcome.ErrorCode));
        }

        Assert.DoesNotContain(byStrategy.Orders, o => bids.Any(b => b.Item2 == o.ClientOrderId));
        Assert.Equal(0, global.StillWorking);
    }

    [Fact]
    public async Task A_mass_cancel_needs_risk_rights_a_reason_and_a_known_instrument_and_changes_nothing_otherwise()
    {
        var id = NewOrderId("mass-refused");
        await _orders.SubmitOrderAsync(OrderServiceTests.Limit(HaltAccount, id, "2", "40.10"), host.Trader);

        var byTrader = await ApiAssert.FailsAsync(StatusCode.PermissionDenied,
            _risk.CancelOpenOrdersAsync(new CancelOpenOrdersRequest { Scope = AccountScope(HaltAccount), Reason = "x" }, host.Trader));
        Assert.Equal("ROLE_NOT_ALLOWED", ApiAssert.Reason(byTrader));
        await ApiAssert.FailsAsync(StatusCode.PermissionDenied,
            _risk.CancelOpenOrdersAsync(new CancelOpenOrdersRequest { Scope = new RiskScope { Global = true }, Reason = "x" }, host.ScopedRisk));
        var invalid = await ApiAssert.FailsAsync(StatusCode.InvalidArgument,
            _risk.CancelOpenOrdersAsync(new CancelOpenOrdersRequest { Scope = AccountScope(HaltAccount), InstrumentId = "NOPE.XNAS" }, host.Risk));
        Assert.Contains("instrument_id", ApiAssert.InvalidFields(invalid));
        Assert.Contains("reason", ApiAssert.InvalidFields(invalid));

        var order = await _orders.GetOrderAsync(new GetOrderRequest { AccountId = HaltAccount, ClientOrderId = id }, host.Trader);
        Assert.Equal(OrderStatus.New, order.Order.Status);
        await _orders.CancelOrderAsync(new CancelOrderRequest { AccountId = HaltAccount, ClientOrderId = id }, host.Trader);
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
