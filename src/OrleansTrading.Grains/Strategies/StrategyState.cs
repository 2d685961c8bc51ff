using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Strategies;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Grains.Strategies;

[GenerateSerializer, Alias("ot.state.Strategy")]
public sealed class StrategyState
{
    [Id(0)] public StrategyRegistration? Registration { get; set; }

    [Id(1)] public bool Enabled { get; set; } = true;

    [Id(2)] public TradingMode Mode { get; set; } = TradingMode.Active;

    [Id(3)] public string? ModeReason { get; set; }

    [Id(4)] public UnixNanos UpdatedAt { get; set; }
}
