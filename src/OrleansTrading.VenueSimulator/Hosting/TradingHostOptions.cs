using OrleansTrading.Fix.Transport;

namespace OrleansTrading.VenueSimulator.Hosting;

/// <summary>How a <see cref="TradingHost"/> runs beyond its settings files: clock, ids, FIX engine services.</summary>
public sealed record TradingHostOptions
{
    public static TradingHostOptions Default { get; } = new();

    /// <summary>The clock of the whole venue: FIX sessions, report due times, expiry and end of day.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Prefix of every OrderID and ExecID; by default <see cref="RunId.FromStartTime"/> of the start.</summary>
    public string? RunId { get; init; }

    /// <summary>Store and log factories, timer interval (its TimeProvider is replaced by <see cref="TimeProvider"/>).</summary>
    public FixEngineOptions Engine { get; init; } = FixEngineOptions.Default;
}
