using System.Collections.Immutable;

namespace OrleansTrading.Domain.Analytics;

/// <summary>
/// An equity curve sampled once per period (one point per day for daily statistics): at least one point, times
/// strictly increasing, every equity positive (returns are undefined at or below zero).
/// </summary>
public sealed class EquitySeries
{
    public EquitySeries(IEnumerable<EquityPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var list = points.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException("An equity series needs at least one point.", nameof(points));
        }

        for (var i = 0; i < list.Length; i++)
        {
            if (list[i].Equity <= 0m)
            {
                throw new ArgumentException($"Equity at {list[i].Time} is {list[i].Equity}; returns are only defined for positive equity.", nameof(points));
            }

            if (i > 0 && list[i].Time <= list[i - 1].Time)
            {
                throw new ArgumentException($"Equity point {i} at {list[i].Time} is not after point {i - 1} at {list[i - 1].Time}; sort the series and remove duplicate times.", nameof(points));
            }
        }

        Points = list;
    }

    public ImmutableArray<EquityPoint> Points { get; }

    public EquityPoint First => Points[0];

    public EquityPoint Last => Points[^1];

    /// <summary>Simple period returns r_i = E_i / E_(i−1) − 1; one fewer than the points.</summary>
    public ImmutableArray<decimal> Returns()
    {
        var returns = ImmutableArray.CreateBuilder<decimal>(Points.Length - 1);
        for (var i = 1; i < Points.Length; i++)
        {
            returns.Add((Points[i].Equity / Points[i - 1].Equity) - 1m);
        }

        return returns.MoveToImmutable();
    }
}
