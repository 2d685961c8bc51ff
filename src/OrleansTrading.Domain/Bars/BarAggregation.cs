namespace OrleansTrading.Domain.Bars;

/// <summary>What closes a bar.</summary>
public enum BarAggregation
{
    /// <summary>A fixed UTC-aligned time interval, closed by the clock.</summary>
    Time = 1,

    /// <summary>A fixed number of ticks.</summary>
    Tick = 2,

    /// <summary>A fixed traded quantity; a trade that crosses the threshold is split exactly.</summary>
    Volume = 3,

    /// <summary>A fixed traded cash amount (|price| × size × multiplier); a crossing trade is split.</summary>
    Notional = 4,
}
