namespace OrleansTrading.Domain.Bars;

/// <summary>Settings of a time-bar aggregator; event bars (tick, volume, notional) ignore them.</summary>
public sealed record BarAggregatorOptions
{
    public static readonly BarAggregatorOptions Default = new(TimeSpan.Zero, EmptyBarPolicy.Skip);

    public BarAggregatorOptions(TimeSpan grace, EmptyBarPolicy emptyBars)
    {
        if (grace < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(grace), grace, "The grace window cannot be negative; use TimeSpan.Zero to close bars as soon as their interval ends.");
        }

        if (!Enum.IsDefined(emptyBars))
        {
            throw new ArgumentOutOfRangeException(nameof(emptyBars), emptyBars, "Unknown empty-bar policy; use Skip or EmitFlat.");
        }

        Grace = grace;
        EmptyBars = emptyBars;
    }

    /// <summary>
    /// How long after an interval ends its bar stays open for late ticks: the bar for [start, end) closes on the
    /// first <see cref="BarAggregator.OnTime"/> with now − grace ≥ end.
    /// </summary>
    public TimeSpan Grace { get; }

    public EmptyBarPolicy EmptyBars { get; }

    internal long GraceNanos => Grace.Ticks * 100;
}
