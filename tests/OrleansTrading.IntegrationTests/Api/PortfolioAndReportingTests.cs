using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using OrleansTrading.Api.V1;
using static OrleansTrading.IntegrationTests.Api.ApiHostFixture;

namespace OrleansTrading.IntegrationTests.Api;

[Collection(ApiCollection.Name)]
public sealed class PortfolioAndReportingTests(ApiHostFixture host)
{
    private readonly PositionService.PositionServiceClient _positions = new(host.Channel);
    private readonly ReportingService.ReportingServiceClient _reporting = new(host.Channel);
    private readonly OrderService.OrderServiceClient _orders = new(host.Channel);
    private readonly MarketDataService.MarketDataServiceClient _marketData = new(host.Channel);
    private readonly AdminService.AdminServiceClient _admin = new(host.Channel);

    private static Timestamp Ago(TimeSpan span) => Timestamp.FromDateTime(DateTime.UtcNow - span);

    [Fact]
    public async Task Positions_list_by_account_strategy_and_fund()
    {
        var byAccount = await _positions.ListPositionsAsync(new ListPositionsRequest { Scope = new PortfolioScope { AccountId = TraderAccount } }, host.Trader);
        Assert.All(byAccount.Positions, p => Assert.Equal(TraderAccount, p.AccountId));

        var byStrategy = await _positions.ListPositionsAsync(new ListPositionsRequest { Scope = new PortfolioScope { StrategyId = Strategy } }, host.Risk);
        Assert.NotNull(byStrategy.AsOf);

        var byFund = await _positions.ListPositionsAsync(new ListPositionsRequest { Scope = new PortfolioScope { FundId = TestFund } }, host.Investor);
        Assert.All(byFund.Positions, p => Assert.StartsWith("API-", p.AccountId, StringComparison.Ordinal));

        await ApiAssert.FailsAsync(StatusCode.InvalidArgument, _positions.ListPositionsAsync(new ListPositionsRequest(), host.Risk));
        await ApiAssert.FailsAsync(StatusCode.NotFound, _positions.ListPositionsAsync(new ListPositionsRequest { Scope = new PortfolioScope { FundId = "NO-SUCH-FUND" } }, host.Operator));
    }

    [Fact]
    public async Task A_position_stream_starts_with_a_snapshot()
    {
        using var call = _positions.StreamPositions(new StreamPositionsRequest { Scope = new PortfolioScope { AccountId = TraderAccount } }, host.Trader);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var count = 0;
        while (await call.ResponseStream.MoveNext(timeout.Token))
        {
            if (call.ResponseStream.Current.ItemCase == StreamPositionsResponse.ItemOneofCase.SnapshotComplete)
            {
                Assert.Equal(count, call.ResponseStream.Current.SnapshotComplete.ItemCount);
                return;
            }

            count++;
        }

        Assert.Fail("The position stream ended before its snapshot completed.");
    }

    [Fact]
    public async Task A_marketable_order_fills_and_its_fill_reaches_the_trade_log_positions_and_performance()
    {
        // The simulated feed quotes AAPL.XNAS near 190; a buy limited at 1000 crosses the ask at the paper venue.
        var id = NewOrderId("fill");
        await _orders.SubmitOrderAsync(OrderServiceTests.Limit(TraderAccount, id, quantity: "5", price: "1000.00"), host.Trader);
        var filled = await ApiAssert.EventuallyAsync(
            async () => (await _orders.GetOrderAsync(new GetOrderRequest { AccountId = TraderAccount, ClientOrderId = id }, host.Trader)).Order,
            o => o.Status == OrderStatus.Filled, "the marketable order to fill", TimeSpan.FromSeconds(60));
        var fill = Assert.Single(filled.Fills);

        var trades = await TradeLogAsync(TraderAccount);
        var trade = Assert.Single(trades, t => t.ClientOrderId == id);
        Assert.Equal(fill.FillId, trade.FillId);
        Assert.Equal(Side.Buy, trade.Side);
        Assert.Equal("5", trade.Quantity);
        Assert.Equal(fill.Price, trade.Price);
        Assert.Equal(fill.Commission.Amount, trade.Commission.Amount);

        var position = await ApiAssert.EventuallyAsync(
            async () => (await _positions.ListPositionsAsync(new ListPositionsRequest { Scope = new PortfolioScope { AccountId = TraderAccount } }, host.Trader))
                .Positions.SingleOrDefault(p => p.InstrumentId == Instrument),
            p => p is not null && p.FillCount > 0, "the fill to reach the position");
        Assert.NotEqual("0", position!.NetQuantity);

        var performance = await _reporting.GetPerformanceAsync(new GetPerformanceRequest
        {
            Scope = new PortfolioScope { AccountId = TraderAccount },
            StartTime = Ago(TimeSpan.FromDays(1)),
            EndTime = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(1)),
        }, host.Trader);
        var aapl = Assert.Single(performance.Instruments, i => i.InstrumentId == Instrument);
        Assert.True(aapl.PeriodFillCount >= 1);
        Assert.Equal(trades.Count(t => t.InstrumentId == Instrument), aapl.PeriodFillCount);
    }

    [Fact]
    public async Task The_trade_log_holds_exactly_the_fills_of_the_accounts_orders()
    {
        var trades = await TradeLogAsync(TraderAccount, pageSize: 3);

        var orders = new List<Order>();
        var list = new ListOrdersRequest { AccountId = TraderAccount, PageSize = 1000 };
        while (true)
        {
            var page = await _orders.ListOrdersAsync(list, host.Trader);
            orders.AddRange(page.Orders);
            if (page.NextPageToken.Length == 0)
            {
                break;
            }

            list.PageToken = page.NextPageToken;
        }

        Assert.Equal(orders.Sum(o => o.Fills.Count), trades.Count);
        Assert.Equal(trades.Count, trades.Select(t => t.Sequence).Distinct().Count());
        foreach (var trade in trades)
        {
            var order = orders.Single(o => o.ClientOrderId == trade.ClientOrderId);
            Assert.Equal(order.Side, trade.Side);
            Assert.Contains(order.Fills, f => f.FillId == trade.FillId && f.Quantity == trade.Quantity && f.Price == trade.Price);
        }
    }

    private async Task<List<Trade>> TradeLogAsync(string account, int pageSize = 100)
    {
        var request = new GetTradeLogRequest { Scope = new PortfolioScope { AccountId = account }, StartTime = Ago(TimeSpan.FromDays(1)), EndTime = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(1)), PageSize = pageSize };
        var trades = new List<Trade>();
        while (true)
        {
            var page = await _reporting.GetTradeLogAsync(request, host.Trader);
            Assert.True(page.Trades.Count <= pageSize);
            trades.AddRange(page.Trades);
            if (page.NextPageToken.Length == 0)
            {
                return trades;
            }

            request.PageToken = page.NextPageToken;
        }
    }

    [Fact]
    public async Task Performance_says_what_it_cannot_compute()
    {
        var response = await _reporting.GetPerformanceAsync(new GetPerformanceRequest
        {
            Scope = new PortfolioScope { FundId = TestFund },
            StartTime = Ago(TimeSpan.FromDays(1)),
            EndTime = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(1)),
        }, host.Investor);

        Assert.NotEmpty(response.Limitations);
        Assert.Contains(response.Limitations, l => l.Contains("cumulative", StringComparison.Ordinal));
        Assert.All(response.Currencies, c => Assert.Equal(3, c.Currency.Length));

        var ex = await ApiAssert.FailsAsync(StatusCode.InvalidArgument, _reporting.GetPerformanceAsync(new GetPerformanceRequest
        {
            Scope = new PortfolioScope { FundId = TestFund },
            StartTime = Ago(TimeSpan.Zero),
            EndTime = Ago(TimeSpan.FromDays(1)),
        }, host.Investor));
        Assert.Contains("end_time", ApiAssert.InvalidFields(ex));
    }

    [Fact]
    public async Task Market_data_answers_UNIMPLEMENTED_until_the_market_data_component_arrives()
    {
        var ex = await ApiAssert.FailsAsync(StatusCode.Unimplemented, _marketData.GetFeedHealthAsync(new GetFeedHealthRequest(), host.Trader));
        Assert.Contains("market-data component", ex.Status.Detail, StringComparison.Ordinal);
        await ApiAssert.FailsAsync(StatusCode.Unimplemented, _marketData.GetHistoricalBarsAsync(new GetHistoricalBarsRequest { InstrumentId = Instrument }, host.Trader));
        using var quotes = _marketData.StreamQuotes(new StreamQuotesRequest { InstrumentIds = { Instrument } }, host.Trader);
        Assert.Equal(StatusCode.Unimplemented, (await Assert.ThrowsAsync<RpcException>(() => quotes.ResponseStream.MoveNext())).StatusCode);
        using var bars = _marketData.StreamBars(new StreamBarsRequest { InstrumentId = Instrument, BarSpec = "1-MINUTE-LAST" }, host.Trader);
        Assert.Equal(StatusCode.Unimplemented, (await Assert.ThrowsAsync<RpcException>(() => bars.ResponseStream.MoveNext())).StatusCode);
        await ApiAssert.FailsAsync(StatusCode.Unauthenticated, _marketData.GetFeedHealthAsync(new GetFeedHealthRequest()));
    }

    [Fact]
    public async Task Operators_define_funds_and_register_strategies_others_may_not()
    {
        var fundId = "F-" + Guid.NewGuid().ToString("N")[..8];
        await _admin.DefineFundAsync(new DefineFundRequest { Fund = new Fund { FundId = fundId, Name = "Test fund", AccountIds = { TraderAccount } } }, host.Operator);
        var fund = await _admin.GetFundAsync(new GetFundRequest { FundId = fundId }, host.Operator);
        Assert.Equal([TraderAccount], fund.Fund.AccountIds);

        var strategyId = "S-" + Guid.NewGuid().ToString("N")[..8];
        await _admin.RegisterStrategyAsync(new RegisterStrategyRequest { StrategyId = strategyId, Owner = "tests", AccountIds = { TraderAccount } }, host.Operator);
        await _admin.SetStrategyEnabledAsync(new SetStrategyEnabledRequest { StrategyId = strategyId, Enabled = false }, host.Operator);

        await ApiAssert.FailsAsync(StatusCode.PermissionDenied, _admin.DefineFundAsync(new DefineFundRequest { Fund = new Fund { FundId = fundId, AccountIds = { OtherAccount } } }, host.Risk));
        var unchanged = await _admin.GetFundAsync(new GetFundRequest { FundId = fundId }, host.Operator);
        Assert.Equal([TraderAccount], unchanged.Fund.AccountIds);
        await ApiAssert.FailsAsync(StatusCode.InvalidArgument, _admin.DefineFundAsync(new DefineFundRequest { Fund = new Fund { FundId = fundId } }, host.Operator));
    }

    [Fact]
    public async Task Every_state_changing_call_is_audited_with_the_callers_identity()
    {
        var id = NewOrderId("audit");
        await _orders.SubmitOrderAsync(OrderServiceTests.Limit(TraderAccount, id), host.Trader);
        await ApiAssert.FailsAsync(StatusCode.PermissionDenied, _orders.SubmitOrderAsync(OrderServiceTests.Limit(OtherAccount, id), host.Trader));

        var lines = await ApiAssert.EventuallyAsync(
            () => Task.FromResult(host.ReadAudit().Where(l => l.Contains(id, StringComparison.Ordinal)).ToList()),
            l => l.Count >= 2, "the audit records");

        var records = lines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(records, r => r.GetProperty("actor").GetString() == "trader-a" && r.GetProperty("action").GetString() == "SubmitOrder" && r.GetProperty("outcome").GetString() == "ok");
        Assert.Contains(records, r => r.GetProperty("target").GetString() == $"{OtherAccount}/{id}" && r.GetProperty("outcome").GetString()!.StartsWith("denied:", StringComparison.Ordinal));
    }
}
