using System.Collections.Immutable;
using OrleansTrading.Domain.Portfolio;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Analytics;

/// <summary>
/// Performance statistics from an equity series, all in decimal (<see cref="DecimalMath"/> square root, <see cref="DecimalPower"/> powers) so every run gives
/// the same bits. With r_i the n period returns, m their mean, P periods per year and rf = annual rate / P:
/// <list type="bullet">
/// <item>volatility = √(Σ(r_i − m)² / (n − 1)) × √P (sample standard deviation, annualised);</item>
/// <item>Sharpe = (m − rf) / sd × √P;</item>
/// <item>Sortino = (m − rf) / dd × √P with downside deviation dd = √(Σ min(0, r_i − rf)² / n);</item>
/// <item>annualised return (CAGR) = (E_last / E_first)^(P / n) − 1;</item>
/// <item>max drawdown = max over t of (running peak − E_t) / running peak, the first such episode on ties;</item>
/// <item>Calmar = annualised return / max drawdown;</item>
/// <item>hit rate = trades with PnL &gt; 0 / all trades (a zero-PnL trade is not a hit);</item>
/// <item>turnover = traded notional / mean of the equity points.</item>
/// </list>
/// </summary>
public static class PerformanceAnalytics
{
    public static PerformanceReport Compute(
        EquitySeries series,
        PerformanceOptions options,
        IReadOnlyList<decimal>? tradePnls = null,
        decimal? tradedNotional = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        var returns = series.Returns();
        var drawdown = MaxDrawdown(series);
        var annualised = AnnualisedReturn(series, options);
        return new PerformanceReport(
            returns.Length,
            TotalReturn(series),
            annualised,
            AnnualisedVolatility(returns, options),
            Sharpe(returns, options),
            Sortino(returns, options),
            drawdown,
            Calmar(annualised, drawdown),
            tradePnls is null ? null : HitRate(tradePnls),
            tradedNotional is { } notional ? Turnover(notional, series) : null);
    }

    public static decimal TotalReturn(EquitySeries series) => (series.Last.Equity / series.First.Equity) - 1m;

    /// <summary>CAGR over n returns taken as n / P years; null for a single point.</summary>
    public static decimal? AnnualisedReturn(EquitySeries series, PerformanceOptions options)
    {
        var periods = series.Points.Length - 1;
        if (periods == 0)
        {
            return null;
        }

        return DecimalPower.Pow(series.Last.Equity / series.First.Equity, (decimal)options.PeriodsPerYear / periods) - 1m;
    }

    public static decimal? AnnualisedVolatility(ImmutableArray<decimal> returns, PerformanceOptions options) =>
        StandardDeviation(returns) is { } sd ? sd * DecimalMath.Sqrt(options.PeriodsPerYear) : null;

    public static decimal? Sharpe(ImmutableArray<decimal> returns, PerformanceOptions options)
    {
        if (StandardDeviation(returns) is not { } sd || sd == 0m)
        {
            return null;
        }

        return (Mean(returns) - options.RiskFreePerPeriod) / sd * DecimalMath.Sqrt(options.PeriodsPerYear);
    }

    public static decimal? Sortino(ImmutableArray<decimal> returns, PerformanceOptions options)
    {
        if (returns.Length < 2)
        {
            return null;
        }

        var target = options.RiskFreePerPeriod;
        var sumSquares = 0m;
        foreach (var r in returns)
        {
            if (r < target)
            {
                sumSquares += (r - target) * (r - target);
            }
        }

        var downside = DecimalMath.Sqrt(sumSquares / returns.Length);
        return downside == 0m ? null : (Mean(returns) - target) / downside * DecimalMath.Sqrt(options.PeriodsPerYear);
    }

    /// <summary>The deepest drawdown (the first one on ties); null when equity never falls below a previous peak.</summary>
    public static DrawdownEpisode? MaxDrawdown(EquitySeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var points = series.Points;
        var peakIndex = 0;
        var bestDepth = 0m;
        int bestPeak = 0, bestTrough = 0;
        for (var i = 1; i < points.Length; i++)
        {
            if (points[i].Equity >= points[peakIndex].Equity)
            {
                peakIndex = i;
                continue;
            }

            var depth = (points[peakIndex].Equity - points[i].Equity) / points[peakIndex].Equity;
            if (depth > bestDepth)
            {
                bestDepth = depth;
                bestPeak = peakIndex;
                bestTrough = i;
            }
        }

        if (bestDepth == 0m)
        {
            return null;
        }

        UnixNanos? recovery = null;
        for (var i = bestTrough + 1; i < points.Length; i++)
        {
            if (points[i].Equity >= points[bestPeak].Equity)
            {
                recovery = points[i].Time;
                break;
            }
        }

        return new DrawdownEpisode(bestDepth, points[bestPeak].Time, points[bestTrough].Time, recovery, series.Last.Time);
    }

    public static decimal? Calmar(decimal? annualisedReturn, DrawdownEpisode? maxDrawdown) =>
        annualisedReturn is { } annual && maxDrawdown is { Depth: > 0m } dd ? annual / dd.Depth : null;

    /// <summary>Share of trades with a positive PnL; null when there are no trades.</summary>
    public static decimal? HitRate(IReadOnlyList<decimal> tradePnls)
    {
        ArgumentNullException.ThrowIfNull(tradePnls);
        if (tradePnls.Count == 0)
        {
            return null;
        }

        var hits = 0;
        for (var i = 0; i < tradePnls.Count; i++)
        {
            if (tradePnls[i] > 0m)
            {
                hits++;
            }
        }

        return (decimal)hits / tradePnls.Count;
    }

    /// <summary>Traded notional (Σ |price × quantity × multiplier| of fills) over the mean equity of the series.</summary>
    public static decimal Turnover(decimal tradedNotional, EquitySeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (tradedNotional < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(tradedNotional), tradedNotional, "Traded notional is a sum of absolute fill values and cannot be negative.");
        }

        var sum = 0m;
        foreach (var point in series.Points)
        {
            sum += point.Equity;
        }

        return tradedNotional / (sum / series.Points.Length);
    }

    private static decimal Mean(ImmutableArray<decimal> values)
    {
        var sum = 0m;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }

    /// <summary>Sample standard deviation (n − 1); null for fewer than two values.</summary>
    private static decimal? StandardDeviation(ImmutableArray<decimal> values)
    {
        if (values.Length < 2)
        {
            return null;
        }

        var mean = Mean(values);
        var sumSquares = 0m;
        foreach (var v in values)
        {
            sumSquares += (v - mean) * (v - mean);
        }

        return DecimalMath.Sqrt(sumSquares / (values.Length - 1));
    }
}
