using System.Collections.Immutable;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Accounts;

/// <summary>Where an account (or strategy) stands against its limits right now.</summary>
[GenerateSerializer, Immutable, Alias("ot.RiskSnapshot")]
public sealed record RiskSnapshot(
    [property: Id(0)] string Scope,
    [property: Id(1)] Currency Currency,
    [property: Id(2)] TradingMode EffectiveMode,
    [property: Id(3)] string? ModeReason,
    [property: Id(4)] decimal GrossNotional,
    [property: Id(5)] decimal NetNotional,
    [property: Id(6)] decimal Equity,
    [property: Id(7)] decimal HighWaterMark,
    [property: Id(8)] decimal Drawdown,
    [property: Id(9)] decimal MarginUsed,
    [property: Id(10)] decimal? MarginUtilisation,
    [property: Id(11)] ImmutableArray<LimitUtilisation> Limits,
    [property: Id(12)] int OpenOrders,
    [property: Id(13)] UnixNanos AsOf);

/// <summary>One limit: how much of it is used (0..1+, above 1 means breached).</summary>
[GenerateSerializer, Immutable, Alias("ot.LimitUtilisation")]
public sealed record LimitUtilisation(
    [property: Id(0)] string Limit,
    [property: Id(1)] decimal Used,
    [property: Id(2)] decimal Maximum,
    [property: Id(3)] decimal Utilisation,
    [property: Id(4)] InstrumentId? Instrument = null);
