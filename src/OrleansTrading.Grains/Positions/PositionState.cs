using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Grains.Positions;

/// <summary>
/// A position grain's snapshot: the folded position (net and per strategy) up to journal sequence
/// <see cref="Sequence"/>. Fills after it are replayed from the position's fill journal, which is the record;
/// applied fill ids are not kept here — the journal's (fill id) uniqueness is what makes application exactly-once.
/// </summary>
[GenerateSerializer, Alias("ot.state.Position")]
public sealed class PositionState
{
    [Id(0)] public long Sequence { get; set; }

    [Id(1)] public PositionFigures Net { get; set; } = new();

    [Id(2)] public Dictionary<StrategyId, PositionFigures> ByStrategy { get; set; } = [];

    [Id(3)] public UnixNanos UpdatedAt { get; set; }

    [Id(4)] public Price? Mark { get; set; }
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
