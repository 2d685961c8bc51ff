namespace OrleansTrading.Domain.MarketData;

/// <summary>Which side took liquidity in a trade, when the feed says so.</summary>
public enum AggressorSide
{
    /// <summary>The feed does not say (auction prints, off-book trades, index levels).</summary>
    NoAggressor = 0,

    /// <summary>A buyer lifted the offer.</summary>
    Buyer = 1,

    /// <summary>A seller hit the bid.</summary>
    Seller = 2,
}
