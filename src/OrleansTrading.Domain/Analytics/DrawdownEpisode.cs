using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Analytics;

/// <summary>
/// One peak-to-trough fall of an equity curve and its recovery.
/// </summary>
/// <param name="Depth">(peak − trough) / peak, a fraction (0.25 = 25% below the peak).</param>
/// <param name="Peak">When the peak was set.</param>
/// <param name="Trough">When the lowest point was reached.</param>
/// <param name="Recovery">The first time equity was back at or above the peak; null when it never was.</param>
/// <param name="SeriesEnd">The last point of the series (the end of an unrecovered drawdown).</param>
public sealed record DrawdownEpisode(decimal Depth, UnixNanos Peak, UnixNanos Trough, UnixNanos? Recovery, UnixNanos SeriesEnd)
{
    public bool Recovered => Recovery.HasValue;

    /// <summary>Peak to recovery, or peak to the end of the series when not recovered, in nanoseconds.</summary>
    public long DurationNanos => (Recovery ?? SeriesEnd).NanosSince(Peak);

    public TimeSpan Duration => TimeSpan.FromTicks(DurationNanos / 100);
}
