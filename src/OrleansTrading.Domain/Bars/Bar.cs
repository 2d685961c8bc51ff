using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Bars;

/// <summary>
/// One closed bar. For a time bar <see cref="OpenTime"/> and <see cref="CloseTime"/> are the interval
/// [start, end) (end exclusive); for tick, volume and notional bars they are the earliest and latest TsEvent of the
/// ticks in it. Open is the price of the tick with the earliest TsEvent, close that of the latest (ties go to the
/// tick that arrived later for close, earlier for open).
/// A bar is the same whatever machine or run built it: it carries no "built at" time on purpose.
/// </summary>
/// <remarks>
/// Invariants, checked on construction: low ≤ open ≤ high, low ≤ close ≤ high, volume ≥ 0, tick count ≥ 0,
/// open time ≤ close time; a flat bar (tick count 0) has open = high = low = close and zero volume and notional.
/// </remarks>
public readonly record struct Bar
{
    public Bar(
        BarType type,
        Price open,
        Price high,
        Price low,
        Price close,
        Quantity volume,
        Money notional,
        long tickCount,
        UnixNanos openTime,
        UnixNanos closeTime)
    {
        if (low > open || low > close || high < open || high < close)
        {
            throw new ArgumentException($"Bar {type} at {openTime}: prices break low <= open, close <= high (open {open}, high {high}, low {low}, close {close}).", nameof(high));
        }

        if (tickCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(tickCount), tickCount, $"Bar {type} at {openTime}: tick count cannot be negative.");
        }

        if (tickCount == 0 && (high != low || volume.IsPositive || notional.Amount != 0m))
        {
            throw new ArgumentException($"Bar {type} at {openTime}: a bar with no ticks must be flat (one price, zero volume and notional).", nameof(tickCount));
        }

        if (closeTime < openTime)
        {
            throw new ArgumentException($"Bar {type}: close time {closeTime} is before open time {openTime}.", nameof(closeTime));
        }

        Type = type;
        Open = open;
        High = high;
        Low = low;
        Close = close;
        Volume = volume;
        Notional = notional;
        TickCount = tickCount;
        OpenTime = openTime;
        CloseTime = closeTime;
    }

    public BarType Type { get; }

    public Price Open { get; }

    public Price High { get; }

    public Price Low { get; }

    public Price Close { get; }

    /// <summary>Traded quantity; zero for quote-built and flat bars.</summary>
    public Quantity Volume { get; }

    /// <summary>Σ price × size × multiplier over the bar's trades, in the quote currency (signed with the price).</summary>
    public Money Notional { get; }

    /// <summary>Ticks (or pieces of a split tick) in the bar; 0 only for a flat bar.</summary>
    public long TickCount { get; }

    public UnixNanos OpenTime { get; }

    public UnixNanos CloseTime { get; }

    /// <summary>True for a bar emitted for an empty interval (<see cref="EmptyBarPolicy.EmitFlat"/>).</summary>
    public bool IsFlat => TickCount == 0;
}
