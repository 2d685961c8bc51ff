using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Portfolio;
using OrleansTrading.Domain.Values;
using static OrleansTrading.Domain.Tests.Portfolio.PortfolioPositions;

namespace OrleansTrading.Domain.Tests.Portfolio;

public sealed class PortfolioAggregatorTests
{
    private static readonly Dictionary<InstrumentId, Price> Marks = new()
    {
        [Aapl] = new Price(110m),
        [Es] = new Price(4000m),
        [Sap] = new Price(200m),
    };

    [Fact]
    public void Breakdowns_per_account_and_strategy_and_totals_add_up()
    {
        var report = PortfolioAggregator.Aggregate(
            [
                Snapshot("A1", "S1", Aapl, 100m, 10_000m, realised: 50m, commissions: 5m),
                Snapshot("A1", "S2", Aapl, -40m, -4_800m),
                Snapshot("A2", "S1", Es, 2m, 395_000m, multiplier: 50m),
            ],
            Marks);

        var total = report.Total;
        Assert.Equal(60m, total.NetQuantity(Aapl));
        Assert.Equal(2m, total.NetQuantity(Es));
        var usd = total.TotalsIn(Currency.Usd);
        Assert.Equal(50m, usd.RealisedPnlGross);
        Assert.Equal(45m, usd.RealisedPnlNet);
        // unrealised: 100×110 − 10000 = 1000; −40×110 + 4800 = 400; 2×4000×50 − 395000 = 5000
        Assert.Equal(6_400m, usd.UnrealisedPnl);
        Assert.Equal(11_000m + 4_400m + 400_000m, usd.GrossNotional);
        Assert.Equal(11_000m - 4_400m + 400_000m, usd.NetNotional);

        Assert.Equal(60m, report.ByAccount[new AccountId("A1")].NetQuantity(Aapl));
        Assert.Equal(0m, report.ByAccount[new AccountId("A1")].NetQuantity(Es));
        Assert.Equal(15_400m, report.ByAccount[new AccountId("A1")].TotalsIn(Currency.Usd).GrossNotional);
        Assert.Equal(100m, report.ByStrategy[new StrategyId("S1")].NetQuantity(Aapl));
        Assert.Equal(2m, report.ByStrategy[new StrategyId("S1")].NetQuantity(Es));
        Assert.Equal(-40m, report.ByStrategy[new StrategyId("S2")].NetQuantity(Aapl));
    }

    [Fact]
    public void Currencies_are_kept_apart_and_only_added_through_fx_rates()
    {
        var report = PortfolioAggregator.Aggregate(
            [
                Snapshot("A1", "S1", Aapl, 10m, 1_000m),
                Snapshot("A1", "S1", Sap, 10m, 1_900m, currency: Currency.Eur),
            ],
            Marks);

        Assert.Equal(1_100m, report.Total.TotalsIn(Currency.Usd).NetNotional);
        Assert.Equal(2_000m, report.Total.TotalsIn(Currency.Eur).NetNotional);
        Assert.Equal(2, report.Total.Currencies.Count);

        var rates = new FxRates(Currency.Usd, new Dictionary<Currency, decimal> { [Currency.Eur] = 1.1m });
        var inUsd = report.Total.TotalsIn(rates);
        Assert.Equal(1_100m + 2_200m, inUsd.NetNotional);
        Assert.Equal(100m + 110m, inUsd.UnrealisedPnl);
        Assert.Equal(2_200m, report.Total.SignedExposures(rates)[Sap]);
        Assert.False(report.Total.SignedExposures(Currency.Usd).ContainsKey(Sap));

        var noEur = new FxRates(Currency.Usd, new Dictionary<Currency, decimal>());
        var error = Assert.Throws<KeyNotFoundException>(() => report.Total.TotalsIn(noEur));
        Assert.Contains("EUR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_position_without_a_mark_is_refused_but_a_flat_one_needs_none()
    {
        var marks = new Dictionary<InstrumentId, Price>();
        var flat = PortfolioAggregator.Aggregate([Snapshot("A1", "S1", Aapl, 0m, 0m, realised: 12m)], marks);
        Assert.Equal(12m, flat.Total.TotalsIn(Currency.Usd).RealisedPnlGross);

        var error = Assert.Throws<KeyNotFoundException>(() =>
            PortfolioAggregator.Aggregate([Snapshot("A1", "S1", Aapl, 1m, 100m)], marks));
        Assert.Contains("No mark price for AAPL.XNAS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Position_without_strategy_or_listed_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PortfolioAggregator.Aggregate([Snapshot("A1", null, Aapl, 1m, 100m)], Marks));
        Assert.Throws<ArgumentException>(() => PortfolioAggregator.Aggregate(
            [Snapshot("A1", "S1", Aapl, 1m, 100m), Snapshot("A1", "S1", Aapl, 2m, 200m)], Marks));
    }

    [Fact]
    public void Instrument_in_two_currencies_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => PortfolioAggregator.Aggregate(
            [Snapshot("A1", "S1", Aapl, 1m, 100m), Snapshot("A1", "S2", Aapl, 1m, 100m, currency: Currency.Eur)], Marks));

        Assert.Contains("one quote currency", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fx_table_refuses_non_positive_rates()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new FxRates(Currency.Usd, new Dictionary<Currency, decimal> { [Currency.Eur] = 0m }));
    }
}
