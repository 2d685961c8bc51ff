using System.Collections.Immutable;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Bars;

/// <summary>
/// The complete state of a bar aggregator at one moment, immutable. A bar builder persists it (e.g. after each
/// tick batch) and, after a restart, <see cref="BarAggregator.Restore"/> continues from it and emits exactly the
/// bars an uninterrupted aggregator would have.
/// </summary>
/// <param name="BarType">The series the state belongs to.</param>
/// <param name="Options">The options the aggregator ran with.</param>
/// <param name="OpenBars">Bars being built, oldest first (time bars can have several open within the grace window).</param>
/// <param name="ClosedThrough">Time bars: every interval ending at or before this instant is closed; null before the first close.</param>
/// <param name="LastClose">Time bars: the close of the last emitted bar (the price of the next flat bar); null before any bar.</param>
/// <param name="LastEmittedEnd">Time bars: the end of the last emitted bar; null before any bar.</param>
/// <param name="Progress">Volume/notional bars: how much of the threshold the open bar has used.</param>
/// <param name="DroppedLateTicks">Ticks dropped so far because their interval had closed.</param>
public sealed record BarAggregatorSnapshot(
    BarType BarType,
    BarAggregatorOptions Options,
    ImmutableArray<PartialBar> OpenBars,
    UnixNanos? ClosedThrough,
    Price? LastClose,
    UnixNanos? LastEmittedEnd,
    decimal Progress,
    long DroppedLateTicks)
{
    /// <summary>Value equality, open bars compared element by element (not by array reference).</summary>
    public bool Equals(BarAggregatorSnapshot? other) =>
        other is not null
        && BarType == other.BarType
        && Options == other.Options
        && OpenBars.AsSpan().SequenceEqual(other.OpenBars.AsSpan())
        && ClosedThrough == other.ClosedThrough
        && LastClose == other.LastClose
        && LastEmittedEnd == other.LastEmittedEnd
        && Progress == other.Progress
        && DroppedLateTicks == other.DroppedLateTicks;

    public override int GetHashCode() => HashCode.Combine(BarType, OpenBars.Length, ClosedThrough, LastClose, Progress, DroppedLateTicks);
}
