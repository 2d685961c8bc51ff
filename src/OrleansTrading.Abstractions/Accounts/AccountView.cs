using System.Collections.Immutable;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Accounts;

[GenerateSerializer, Immutable, Alias("ot.AccountView")]
public sealed record AccountView(
    [property: Id(0)] AccountId Account,
    [property: Id(1)] Currency Currency,
    [property: Id(2)] TradingMode Mode,
    [property: Id(3)] TradingMode EffectiveMode,
    [property: Id(4)] string? ModeReason,
    [property: Id(5)] RiskLimitSettings Limits,
    [property: Id(6)] ImmutableArray<FundId> Funds,
    [property: Id(7)] ImmutableArray<InstrumentId> Instruments,
    [property: Id(8)] long LastEventSequence,
    [property: Id(9)] UnixNanos UpdatedAt);
