using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Grains.Positions;

namespace OrleansTrading.Grains.Accounts;

/// <summary>
/// What an account persists. Settings change rarely; the position copy and drawdown state are a snapshot up to
/// journal sequence <see cref="SnapshotSequence"/> — the account's order journal after it is replayed on activation.
/// </summary>
[GenerateSerializer, Alias("ot.state.Account")]
public sealed class AccountState
{
    [Id(0)] public AccountDefinition? Definition { get; set; }

    [Id(1)] public RiskLimitSettings Limits { get; set; } = RiskLimitSettings.None;

    [Id(2)] public TradingMode Mode { get; set; } = TradingMode.Active;

    [Id(3)] public string? ModeReason { get; set; }

    [Id(4)] public Dictionary<StrategyId, StrategySettings> Strategies { get; set; } = [];

    [Id(5)] public long SnapshotSequence { get; set; }

    [Id(6)] public Dictionary<InstrumentId, PositionFigures> Positions { get; set; } = [];

    [Id(7)] public DrawdownSnapshot? Drawdown { get; set; }

    [Id(8)] public UnixNanos UpdatedAt { get; set; }

    /// <summary>
    /// The journal sequence through which every journaled fill is confirmed by its position grain; activation re-sends
    /// the fills after it. Null in snapshots stored before the account delivered fills (then: the snapshot sequence).
    /// </summary>
    [Id(9)] public long? FillsDeliveredThrough { get; set; }

    /// <summary>
    /// Per instrument, the journal sequence of the last fill through <see cref="SnapshotSequence"/>, handed to positions
    /// with the next fill so they apply fills in journal order; an instrument not listed had no fill. Null in snapshots
    /// stored before fills were chained (then the journal up to the snapshot is read once to learn it).
    /// </summary>
    [Id(10)] public Dictionary<InstrumentId, long>? LastFillSequences { get; set; }
}

/// <summary>The account's drawdown tracker and whether a breach restricted trading (kernel <c>RiskBookState</c>).</summary>
[GenerateSerializer, Alias("ot.state.Drawdown")]
public sealed record DrawdownSnapshot(
    [property: Id(0)] long TradingDay,
    [property: Id(1)] decimal HighWaterMark,
    [property: Id(2)] decimal Equity,
    [property: Id(3)] bool HasSession,
    [property: Id(4)] bool Breached,
    [property: Id(5)] bool RestrictedByDrawdown);
