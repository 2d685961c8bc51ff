namespace OrleansTrading.Domain.Bars;

/// <summary>What a time-bar aggregator does with an interval in which no tick arrived.</summary>
public enum EmptyBarPolicy
{
    /// <summary>Emit nothing for the interval.</summary>
    Skip = 0,

    /// <summary>
    /// Emit a flat bar: open = high = low = close = the previous bar's close, zero volume, zero ticks.
    /// Flat bars start only after the first real bar (there is no previous close before it).
    /// </summary>
    EmitFlat = 1,
}
