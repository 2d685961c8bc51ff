namespace OrleansTrading.Domain.Simulation;

/// <summary>Whether a simulated fill took liquidity (crossed the spread) or provided it (a resting limit was traded through).</summary>
public enum LiquiditySide
{
    Taker = 1,
    Maker = 2,
}
