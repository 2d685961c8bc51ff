using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Grains.Positions;

/// <summary>
/// A position grain's snapshot: the folded position (net and per strategy) with every fill its account journaled up
/// to account-journal sequence <see cref="JournalSequence"/>. Fills after it are replayed from the account's order
/// journal, which is the record; each journal sequence is applied once.
/// </summary>
[GenerateSerializer, Alias("ot.state.Position")]
public sealed class PositionState
{
    /// <summary>The sequence in the position's own fill journal, which positions kept before ADR 0006; no longer written.</summary>
    [Id(0)] public long Sequence { get; set; }

    [Id(1)] public PositionFigures Net { get; set; } = new();

    [Id(2)] public Dictionary<StrategyId, PositionFigures> ByStrategy { get; set; } = [];

    [Id(3)] public UnixNanos UpdatedAt { get; set; }

    [Id(4)] public Price? Mark { get; set; }

    /// <summary>The account-journal sequence the figures include every fill through; null in snapshots of the former fill journal (then: replay from the start).</summary>
    [Id(5)] public long? JournalSequence { get; set; }
}

[GenerateSerializer, Alias("ot.state.PositionFigures")]
public sealed class PositionFigures
{
    [Id(0)] public decimal NetQuantity { get; set; }

    [Id(1)] public decimal OpenCost { get; set; }

    [Id(2)] public decimal RealisedPnlGross { get; set; }

    [Id(3)] public decimal Commissions { get; set; }

    [Id(4)] public int FillCount { get; set; }
}
