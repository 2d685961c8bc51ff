namespace OrleansTrading.Domain.Analytics;

/// <summary>
/// Performance statistics of one equity series (see <see cref="PerformanceAnalytics"/> for the formulas). A
/// statistic is null when it is undefined for the data: fewer than two returns, a zero denominator, no trades.
/// </summary>
public sealed record PerformanceReport(
    int Periods,
    decimal TotalReturn,
    decimal? AnnualisedReturn,
    decimal? AnnualisedVolatility,
    decimal? Sharpe,
    decimal? Sortino,
    DrawdownEpisode? MaxDrawdown,
    decimal? Calmar,
    decimal? HitRate,
    decimal? Turnover);
