using System.Collections.Immutable;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Bars;

/// <summary>
/// Time bars aligned to UTC: a tick at TsEvent t belongs to the interval [floor(t / I) × I, … + I) counted from
/// the Unix epoch (I divides a day, so boundaries fall on UTC midnight). Bars are closed only by
/// <see cref="BarAggregator.OnTime"/> on the injected clock, never by tick arrival: a bar for [s, e) closes on the
/// first OnTime(now) with now − grace ≥ e. Until then ticks for it are added wherever they arrive from (late and
/// out-of-order ticks included); afterwards they are dropped and counted. So a bar depends only on which ticks
/// arrived before its close, not on how ticks and clock readings interleaved.
/// Several bars can be open at once (within the grace window, or when ticks run ahead of the clock); they are kept
/// sorted by interval start in a preallocated array, with the last-used one cached for the per-tick path.
/// </summary>
internal sealed class TimeBarAggregator : BarAggregator
{
    private readonly long _interval;
    private readonly long _grace;
    private readonly bool _emitFlat;

    private BarAccumulator[] _open = new BarAccumulator[4];
    private int _openCount;
    private int _hot;
    private long _hotStart = long.MaxValue;
    private long _hotEnd = long.MinValue;

    private bool _hasClosed;
    private long _closedThrough;
    private bool _hasLastClose;
    private decimal _lastClose;
    private long _lastEmittedEnd;

    public TimeBarAggregator(Instrument instrument, BarSpecification specification, BarAggregatorOptions options, IBarSink sink)
        : base(instrument, specification, options, sink, scaledPath: true)
    {
        _interval = specification.IntervalNanos;
        _grace = options.GraceNanos;
        _emitFlat = options.EmptyBars == EmptyBarPolicy.EmitFlat;
    }

    public override int OnTime(UnixNanos now)
    {
        var limit = now.Value >= long.MinValue + _grace ? now.Value - _grace : long.MinValue;
        var boundary = UnixNanos.FloorTo(limit, _interval);
        if (_hasClosed && boundary <= _closedThrough)
        {
            return 0;
        }

        var emitted = 0;
        var closing = 0;
        while (closing < _openCount && _open[closing].Start + _interval <= boundary)
        {
            ref var acc = ref _open[closing];
            if (_emitFlat && _hasLastClose)
            {
                emitted += EmitFlats(acc.Start);
            }

            Emit(in acc, acc.Start, acc.Start + _interval);
            emitted++;
            _hasLastClose = true;
            _lastClose = acc.Close;
            _lastEmittedEnd = acc.Start + _interval;
            closing++;
        }

        if (_emitFlat && _hasLastClose)
        {
            emitted += EmitFlats(boundary);
        }

        if (closing > 0)
        {
            RemoveFirst(closing);
        }

        _hasClosed = true;
        _closedThrough = boundary;
        return emitted;
    }

    public override BarAggregatorSnapshot Snapshot()
    {
        var bars = ImmutableArray.CreateBuilder<PartialBar>(_openCount);
        for (var i = 0; i < _openCount; i++)
        {
            bars.Add(PartialBar.From(in _open[i]));
        }

        return MakeSnapshot(
            bars.MoveToImmutable(),
            _hasClosed ? new UnixNanos(_closedThrough) : null,
            _hasLastClose ? new Price(_lastClose) : null,
            _hasLastClose ? new UnixNanos(_lastEmittedEnd) : null,
            0m);
    }

    private protected override BarTickOutcome Add(decimal price, decimal size, decimal notional, long ts)
    {
        if (ts >= _hotStart && ts < _hotEnd)
        {
            _open[_hot].AddExact(price, size, notional, ts);
            return BarTickOutcome.Aggregated;
        }

        var index = Locate(ts, out var start, out var found);
        if (index < 0)
        {
            return BarTickOutcome.DroppedLate;
        }

        if (found)
        {
            _open[index].AddExact(price, size, notional, ts);
        }
        else
        {
            var acc = default(BarAccumulator);
            BeginExact(ref acc, start, price, size, notional, ts);
            InsertAt(index, in acc);
        }

        MakeHot(index, start);
        return BarTickOutcome.Aggregated;
    }

    private protected override BarTickOutcome AddScaled(long price, long size, long ts)
    {
        if (ts >= _hotStart && ts < _hotEnd)
        {
            _open[_hot].AddScaled(price, size, ts);
            return BarTickOutcome.Aggregated;
        }

        var index = Locate(ts, out var start, out var found);
        if (index < 0)
        {
            return BarTickOutcome.DroppedLate;
        }

        if (found)
        {
            _open[index].AddScaled(price, size, ts);
        }
        else
        {
            var acc = default(BarAccumulator);
            BeginScaled(ref acc, start, price, size, ts);
            InsertAt(index, in acc);
        }

        MakeHot(index, start);
        return BarTickOutcome.Aggregated;
    }

    private protected override void Load(BarAggregatorSnapshot snapshot)
    {
        if (snapshot.Progress != 0m)
        {
            ThrowBadSnapshot("a time-bar snapshot carries no threshold progress");
        }

        if (snapshot.LastClose.HasValue != snapshot.LastEmittedEnd.HasValue)
        {
            ThrowBadSnapshot("last close and last emitted end must both be set or both be absent");
        }

        var previousStart = long.MinValue;
        foreach (var partial in snapshot.OpenBars)
        {
            var acc = FromSnapshot(partial);
            var end = acc.Start + _interval;
            if (UnixNanos.FloorTo(acc.Start, _interval) != acc.Start
                || (snapshot.ClosedThrough is { } closed && end <= closed.Value)
                || acc.Start <= previousStart
                || acc.OpenTs < acc.Start || acc.CloseTs >= end)
            {
                ThrowBadSnapshot($"open bar starting {partial.IntervalStart} is not an aligned, still-open interval in ascending order");
            }

            previousStart = acc.Start;
            InsertAt(_openCount, in acc);
        }

        _hasClosed = snapshot.ClosedThrough.HasValue;
        _closedThrough = snapshot.ClosedThrough?.Value ?? 0;
        _hasLastClose = snapshot.LastClose.HasValue;
        _lastClose = snapshot.LastClose?.Value ?? 0m;
        _lastEmittedEnd = snapshot.LastEmittedEnd?.Value ?? 0;
        ForgetHot();
    }

    /// <summary>
    /// Finds the open bar for the interval of <paramref name="ts"/>: its index when <paramref name="found"/>, else the
    /// index where it belongs. −1 (and the tick counted as dropped) when that interval has already closed.
    /// </summary>
    private int Locate(long ts, out long start, out bool found)
    {
        start = UnixNanos.FloorTo(ts, _interval);
        found = false;
        if (_hasClosed && start + _interval <= _closedThrough)
        {
            DroppedLateTicks++;
            return -1;
        }

        var index = _openCount - 1;
        while (index >= 0 && _open[index].Start > start)
        {
            index--;
        }

        if (index >= 0 && _open[index].Start == start)
        {
            found = true;
            return index;
        }

        return index + 1;
    }

    private void MakeHot(int index, long start)
    {
        _hot = index;
        _hotStart = start;
        _hotEnd = start + _interval;
    }

    private void InsertAt(int index, in BarAccumulator acc)
    {
        if (_openCount == _open.Length)
        {
            Array.Resize(ref _open, _open.Length * 2);
        }

        if (index < _openCount)
        {
            Array.Copy(_open, index, _open, index + 1, _openCount - index);
        }

        _open[index] = acc;
        _openCount++;
    }

    private void RemoveFirst(int count)
    {
        Array.Copy(_open, count, _open, 0, _openCount - count);
        _openCount -= count;
        if (_hot >= count && _hot - count < _openCount)
        {
            _hot -= count;
        }
        else
        {
            ForgetHot();
        }
    }

    private void ForgetHot()
    {
        _hot = 0;
        _hotStart = long.MaxValue;
        _hotEnd = long.MinValue;
    }

    /// <summary>Emits flat bars at the last close for every interval from the last emitted bar up to <paramref name="until"/>.</summary>
    private int EmitFlats(long until)
    {
        var emitted = 0;
        for (var start = _lastEmittedEnd; start < until; start += _interval)
        {
            EmitFlat(_lastClose, start, start + _interval);
            emitted++;
        }

        if (_lastEmittedEnd < until)
        {
            _lastEmittedEnd = until;
        }

        return emitted;
    }
}
