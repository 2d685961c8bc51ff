using OrleansTrading.Domain.Analytics;
using OrleansTrading.Domain.Time;
using static OrleansTrading.Domain.Tests.MarketData.Market;

namespace OrleansTrading.Domain.Tests.Analytics;

public class PerformanceAnalyticsTests
{
    [Fact]
    public void Returns_are_simple_period_returns()
    {
        Assert.Equal([0.1m, -0.1m], Series(100m, 110m, 99m).Returns().ToArray());
    }

    [Fact]
    public void Volatility_is_the_annualised_sample_standard_deviation()
    {
        var returns = Series(100m, 110m, 99m, 103.95m, 101.871m).Returns();
        var expected = SampleSd(returns) * Math.Sqrt(252);

        AssertClose(expected, PerformanceAnalytics.AnnualisedVolatility(returns, PerformanceOptions.Daily));
    }

    [Fact]
    public void Sharpe_subtracts_the_per_period_risk_free_rate()
    {
        var returns = Series(100m, 101m, 100.5m, 102m, 103m, 102.5m).Returns();
        var options = new PerformanceOptions(252, 0.0252m);
        var mean = returns.Average(r => (double)r);
        var expected = (mean - 0.0001) / SampleSd(returns) * Math.Sqrt(252);

        AssertClose(expected, PerformanceAnalytics.Sharpe(returns, options));
    }

    [Fact]
    public void Sortino_divides_by_the_downside_deviation_over_all_periods()
    {
        var returns = Series(100m, 110m, 99m, 103.95m, 101.871m).Returns();
        var downside = Math.Sqrt(returns.Sum(r => Math.Pow(Math.Min(0, (double)r), 2)) / returns.Length);
        var expected = returns.Average(r => (double)r) / downside * Math.Sqrt(252);

        AssertClose(expected, PerformanceAnalytics.Sortino(returns, PerformanceOptions.Daily));
    }

    [Fact]
    public void Statistics_without_dispersion_are_undefined_not_infinite()
    {
        var flat = Series(100m, 100m, 100m).Returns();
        var rising = Series(100m, 101m, 102.01m).Returns();

        Assert.Null(PerformanceAnalytics.Sharpe(flat, PerformanceOptions.Daily));
        Assert.Null(PerformanceAnalytics.Sortino(rising, PerformanceOptions.Daily));
        Assert.Null(PerformanceAnalytics.AnnualisedVolatility(Series(100m, 101m).Returns(), PerformanceOptions.Daily));
    }

    [Fact]
    public void Max_drawdown_runs_from_peak_through_trough_to_recovery()
    {
        var series = Series(100m, 120m, 90m, 100m, 130m, 110m);
        var dd = PerformanceAnalytics.MaxDrawdown(series)!;

        Assert.Equal(0.25m, dd.Depth);
        Assert.Equal((DayN(1), DayN(2), DayN(4)), (dd.Peak, dd.Trough, dd.Recovery!.Value));
        Assert.Equal(TimeSpan.FromDays(3), dd.Duration);
        Assert.True(dd.Recovered);
    }

    [Fact]
    public void Unrecovered_drawdown_lasts_until_the_end_of_the_series()
    {
        var dd = PerformanceAnalytics.MaxDrawdown(Series(100m, 120m, 90m, 100m))!;

        Assert.False(dd.Recovered);
        Assert.Equal(TimeSpan.FromDays(2), dd.Duration);
    }

    [Fact]
    public void Equal_depth_drawdowns_report_the_first()
    {
        var dd = PerformanceAnalytics.MaxDrawdown(Series(100m, 50m, 100m, 50m))!;

        Assert.Equal((DayN(0), DayN(1)), (dd.Peak, dd.Trough));
    }

    [Fact]
    public void A_curve_that_never_falls_has_no_drawdown()
    {
        Assert.Null(PerformanceAnalytics.MaxDrawdown(Series(100m, 100m, 101m)));
    }

    [Fact]
    public void Annualised_return_compounds_over_periods_per_year()
    {
        var yearly = new PerformanceOptions(1, 0m);

        Assert.InRange(PerformanceAnalytics.AnnualisedReturn(Series(100m, 110m, 121m), yearly)!.Value - 0.1m, -1e-24m, 1e-24m);
        Assert.Null(PerformanceAnalytics.AnnualisedReturn(Series(100m), yearly));
    }

    [Fact]
    public void Calmar_is_annualised_return_over_max_drawdown()
    {
        var yearly = new PerformanceOptions(1, 0m);
        var report = PerformanceAnalytics.Compute(Series(100m, 80m, 121m), yearly);

        Assert.Equal(report.AnnualisedReturn / 0.2m, report.Calmar);
        Assert.Null(PerformanceAnalytics.Calmar(0.1m, null));
    }

    [Fact]
    public void Hit_rate_counts_only_positive_trades()
    {
        Assert.Equal(0.5m, PerformanceAnalytics.HitRate([10m, -5m, 0m, 3m]));
        Assert.Null(PerformanceAnalytics.HitRate([]));
    }

    [Fact]
    public void Turnover_is_traded_notional_over_mean_equity()
    {
        Assert.Equal(2m, PerformanceAnalytics.Turnover(200m, Series(90m, 110m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PerformanceAnalytics.Turnover(-1m, Series(100m)));
    }

    [Fact]
    public void Report_gathers_every_statistic_and_leaves_out_what_was_not_given()
    {
        var report = PerformanceAnalytics.Compute(Series(100m, 110m, 99m, 120m), PerformanceOptions.Daily, tradePnls: [1m, -1m], tradedNotional: 429m);

        Assert.Equal(3, report.Periods);
        Assert.Equal(0.2m, report.TotalReturn);
        Assert.Equal(0.5m, report.HitRate);
        Assert.Equal(429m / 107.25m, report.Turnover);
        Assert.NotNull(report.Sharpe);
        Assert.Null(PerformanceAnalytics.Compute(Series(100m, 110m), PerformanceOptions.Daily).HitRate);
    }

    [Fact]
    public void Statistics_are_bit_for_bit_the_pinned_values()
    {
        var report = PerformanceAnalytics.Compute(Series(100m, 101.3m, 99.87m, 102.4m, 101.05m, 104.2m, 103.9m), new PerformanceOptions(252, 0.03m));

        decimal?[] values = [report.AnnualisedVolatility, report.Sharpe, report.Sortino, report.AnnualisedReturn, report.Calmar];
        Assert.Equal(Pinned, string.Join(" ", values.Select(v => v!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Equity_series_must_be_positive_and_strictly_increasing_in_time()
    {
        Assert.Throws<ArgumentException>(() => new EquitySeries([]));
        Assert.Throws<ArgumentException>(() => new EquitySeries([new(DayN(0), 100m), new(DayN(1), 0m)]));
        var error = Assert.Throws<ArgumentException>(() => new EquitySeries([new(DayN(1), 100m), new(DayN(1), 101m)]));
        Assert.Contains("not after", error.Message);
    }

    [Fact]
    public void Options_refuse_impossible_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PerformanceOptions(0, 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PerformanceOptions(252, 1.5m));
    }

    /// <summary>Volatility, Sharpe, Sortino, CAGR and Calmar of the series above, as this code computed them once.</summary>
    private const string Pinned = "0.3099477665044882925816794848 5.2322086396983959770033207665 12.693980764361763116626400675 3.9871565062541990480623256512 282.44682103744780669140810368";

    private static UnixNanos DayN(int n) => Day.AddNanos(n * UnixNanos.NanosPerDay);

    private static EquitySeries Series(params decimal[] equity) => new(equity.Select((e, i) => new EquityPoint(DayN(i), e)));

    private static double SampleSd(IReadOnlyCollection<decimal> returns)
    {
        var mean = returns.Average(r => (double)r);
        return Math.Sqrt(returns.Sum(r => Math.Pow((double)r - mean, 2)) / (returns.Count - 1));
    }

    private static void AssertClose(double expected, decimal? actual)
    {
        Assert.NotNull(actual);
        Assert.InRange((double)actual.Value, expected - (Math.Abs(expected) * 1e-10) - 1e-12, expected + (Math.Abs(expected) * 1e-10) + 1e-12);
    }
}
