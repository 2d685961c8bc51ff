namespace OrleansTrading.Domain.Bars;

/// <summary>Which price a bar is built from.</summary>
public enum BarPriceSource
{
    /// <summary>Trade ticks: price and size.</summary>
    Trade = 1,

    /// <summary>Quote ticks, (bid + ask) / 2. Quotes carry no traded volume, so such bars have zero volume.</summary>
    Mid = 2,

    /// <summary>Quote ticks, best bid.</summary>
    Bid = 3,

    /// <summary>Quote ticks, best ask.</summary>
    Ask = 4,
}
