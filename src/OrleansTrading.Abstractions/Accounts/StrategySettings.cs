using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Abstractions.Accounts;

/// <summary>What an account needs to enforce a strategy's rules: its limits and its effective mode.</summary>
[GenerateSerializer, Immutable, Alias("ot.StrategySettings")]
public sealed record StrategySettings(
    [property: Id(0)] StrategyId Strategy,
    [property: Id(1)] RiskLimitSettings Limits,
    [property: Id(2)] bool Enabled,
    [property: Id(3)] TradingMode Mode,
    [property: Id(4)] string? ModeReason);
