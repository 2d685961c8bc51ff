using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Bars;

/// <summary>
/// A bar still being built, as kept in a <see cref="BarAggregatorSnapshot"/>. <see cref="IntervalStart"/> is the
/// time-bar interval start (unused, zero, for event bars); <see cref="OpenTs"/>/<see cref="CloseTs"/> are the
/// TsEvent of the ticks that set open and close (the earliest and latest in the bar).
/// </summary>
public sealed record PartialBar(
    UnixNanos IntervalStart,
    Price Open,
    Price High,
    Price Low,
    Price Close,
    UnixNanos OpenTs,
    UnixNanos CloseTs,
    Quantity Volume,
    decimal Notional,
    long TickCount)
{
    internal static PartialBar From(in BarAccumulator acc) => new(
        new UnixNanos(acc.Start),
        new Price(acc.Open),
        new Price(acc.High),
        new Price(acc.Low),
        new Price(acc.Close),
        new UnixNanos(acc.OpenTs),
        new UnixNanos(acc.CloseTs),
        new Quantity(acc.Volume),
        acc.Notional,
        acc.TickCount);

    internal BarAccumulator ToAccumulator(string owner, byte priceScale, byte sizeScale, decimal multiplier)
    {
        if (TickCount < 1 || Low > Open || Low > Close || High < Open || High < Close || CloseTs < OpenTs)
        {
            throw new ArgumentException($"Snapshot of {owner} holds an inconsistent partial bar ({this}); it was not written by BarAggregator.Snapshot or was altered.");
        }

        return BarAccumulator.FromExact(
            IntervalStart.Value,
            Open.Value,
            High.Value,
            Low.Value,
            Close.Value,
            OpenTs.Value,
            CloseTs.Value,
            Volume.Value,
            Notional,
            TickCount,
            priceScale,
            sizeScale,
            multiplier);
    }
}
