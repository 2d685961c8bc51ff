using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Abstractions.Strategies;

[GenerateSerializer, Immutable, Alias("ot.StrategyView")]
public sealed record StrategyView(
    [property: Id(0)] StrategyRegistration Registration,
    [property: Id(1)] bool Enabled,
    [property: Id(2)] TradingMode Mode,
    [property: Id(3)] TradingMode EffectiveMode,
    [property: Id(4)] string? ModeReason,
    [property: Id(5)] UnixNanos UpdatedAt);
