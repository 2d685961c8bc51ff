using System.Collections.Immutable;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Abstractions.Strategies;

/// <summary>A strategy's registration: who runs it, which accounts it may trade, its own limits.</summary>
[GenerateSerializer, Immutable, Alias("ot.StrategyRegistration")]
public sealed record StrategyRegistration(
    [property: Id(0)] StrategyId Strategy,
    [property: Id(1)] string Description,
    [property: Id(2)] string Owner,
    [property: Id(3)] ImmutableArray<AccountId> Accounts,
    [property: Id(4)] RiskLimitSettings Limits);
