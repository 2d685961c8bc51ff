namespace OrleansTrading.Domain.Bars;

/// <summary>What a bar aggregator did with one tick.</summary>
public enum BarTickOutcome
{
    /// <summary>The tick went into a bar.</summary>
    Aggregated = 0,

    /// <summary>
    /// The tick's interval was already closed (it arrived later than the grace window allows). It was dropped and
    /// counted in <see cref="BarAggregator.DroppedLateTicks"/>; the emitted bar is never rewritten.
    /// </summary>
    DroppedLate = 1,

    /// <summary>The tick is of a kind this aggregator does not build from (a quote for a trade bar, or the reverse).</summary>
    Ignored = 2,
}
