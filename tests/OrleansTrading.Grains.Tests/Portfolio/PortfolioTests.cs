using System.Collections.Immutable;
using OrleansTrading.Abstractions.Portfolio;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.Tests.Cluster;

namespace OrleansTrading.Grains.Tests.Portfolio;

[Collection(ClusterCollection.Name)]
public sealed class PortfolioTests(ClusterFixture cluster)
{
    [Fact]
    public async Task A_fund_aggregates_its_accounts_by_account_and_by_strategy_with_totals()
    {
        var first = await TradingScenario.OpenAsync(cluster, "fundA");
        var second = await TradingScenario.OpenAsync(cluster, "fundB");
        first.Quote(ClusterFixture.Aapl, 100.00m, 100.02m);
        await first.SubmitAcceptedAsync(first.Market(ClusterFixture.Aapl, OrderSide.Buy, 100));
        await first.SubmitAcceptedAsync(first.Market(ClusterFixture.Aapl, OrderSide.Sell, 30, first.OtherStrategy));
        await second.SubmitAcceptedAsync(second.Market(ClusterFixture.Aapl, OrderSide.Sell, 50));
        var fund = new FundId("FUND-" + Guid.NewGuid().ToString("N")[..6]);
        var portfolio = cluster.Grains.GetGrain<IPortfolioGrain>(fund.Value);
        Assert.True((await portfolio.Define(new FundDefinition(fund, "test fund", [first.Account, second.Account], [], []), "test")).Succeeded);

        var view = await portfolio.Get();

        Assert.Equal(2, view.ByAccount.Length);
        Assert.Equal(3, view.ByStrategy.Length);
        var total = Assert.Single(view.Totals);
        Assert.Equal(Currency.Usd, total.Currency);
        Assert.Equal(view.ByAccount.Sum(b => b.Totals.GrossNotional), total.GrossNotional);
        Assert.Equal(view.ByStrategy.Sum(b => b.Totals.NetNotional), total.NetNotional);
        Assert.Equal(view.ByAccount.Sum(b => b.Totals.RealizedPnl), total.RealizedPnl);
        Assert.Equal(20m, view.Positions.Sum(p => p.NetQuantity));
    }

    [Fact]
    public async Task A_correlation_matrix_gives_a_correlation_adjusted_exposure()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "corr");
        scenario.Quote(ClusterFixture.Aapl, 100.00m, 100.00m);
        scenario.Quote(ClusterFixture.Msft, 200.00m, 200.00m);
        await scenario.SubmitAcceptedAsync(scenario.Market(ClusterFixture.Aapl, OrderSide.Buy, 30));
        await scenario.SubmitAcceptedAsync(scenario.Market(ClusterFixture.Msft, OrderSide.Sell, 20));
        var fund = new FundId("CORR-" + Guid.NewGuid().ToString("N")[..6]);
        var portfolio = cluster.Grains.GetGrain<IPortfolioGrain>(fund.Value);
        ImmutableArray<ImmutableArray<decimal>> correlations = [[1m, 0.5m], [0.5m, 1m]];
        await portfolio.Define(new FundDefinition(fund, "corr", [scenario.Account], [ClusterFixture.Aapl.Id, ClusterFixture.Msft.Id], correlations), "test");

        var total = Assert.Single((await portfolio.Get()).Totals);

        // Exposures e = (3000, -4000): sqrt(3000² + 4000² + 2·0.5·3000·(−4000)) = sqrt(13,000,000)
        Assert.NotNull(total.CorrelationAdjustedExposure);
        Assert.Equal(3605.5512754639892931192212674m, total.CorrelationAdjustedExposure!.Value, 20);
    }

    [Fact]
    public async Task An_invalid_correlation_matrix_is_refused()
    {
        var fund = new FundId("BAD-" + Guid.NewGuid().ToString("N")[..6]);
        ImmutableArray<ImmutableArray<decimal>> notSymmetric = [[1m, 0.5m], [0.4m, 1m]];

        var result = await cluster.Grains.GetGrain<IPortfolioGrain>(fund.Value)
            .Define(new FundDefinition(fund, "bad", [], [ClusterFixture.Aapl.Id, ClusterFixture.Msft.Id], notSymmetric), "test");

        Assert.Equal("INVALID_CORRELATIONS", result.Refusal?.Code);
        Assert.Null(await cluster.Grains.GetGrain<IPortfolioGrain>(fund.Value).GetDefinition());
    }
}
