namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>Whether a fill added or removed liquidity. Values are FIX LastLiquidityInd (851) codes.</summary>
public enum LiquiditySide
{
    /// <summary>The resting order of a match.</summary>
    Maker = 1,
    /// <summary>The incoming (aggressing) order of a match, or a fill made by a behaviour outside the book.</summary>
    Taker = 2,
}
