namespace OrleansTrading.Host.Simulation;

/// <summary>The simulated quote feed of the embedded default (<c>OrleansTrading:SimulatedFeed</c>).</summary>
public sealed class SimulatedFeedOptions
{
    public bool Enabled { get; init; } = true;

    public int IntervalMilliseconds { get; init; } = 250;

    /// <summary>Seed of the random walk, so a demo session is repeatable.</summary>
    public int Seed { get; init; } = 20261126;

    /// <summary>Starting mid price per instrument id; instruments not listed start at 100.</summary>
    public Dictionary<string, decimal> StartPrices { get; init; } = [];

    /// <summary>Quoted size on each side.</summary>
    public decimal QuoteSize { get; init; } = 1000m;
}
