using System.Collections.Immutable;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Bars;

/// <summary>
/// A bar every N ticks, in arrival order. The clock plays no part: the N-th tick closes the bar. Open/close follow
/// TsEvent within the bar (see <see cref="Bar"/>); open and close time are the earliest and latest TsEvent.
/// </summary>
internal sealed class TickBarAggregator : BarAggregator
{
    private readonly long _ticksPerBar;
    private BarAccumulator _current;
    private bool _hasCurrent;

    public TickBarAggregator(Instrument instrument, BarSpecification specification, BarAggregatorOptions options, IBarSink sink)
        : base(instrument, specification, options, sink, scaledPath: true)
    {
        _ticksPerBar = (long)specification.Step;
    }

    public override int OnTime(UnixNanos now) => 0;

    public override BarAggregatorSnapshot Snapshot() =>
        MakeSnapshot(_hasCurrent ? [PartialBar.From(in _current)] : [], null, null, null, 0m);

    private protected override BarTickOutcome Add(decimal price, decimal size, decimal notional, long ts)
    {
        if (_hasCurrent)
        {
            _current.AddExact(price, size, notional, ts);
        }
        else
        {
            BeginExact(ref _current, 0, price, size, notional, ts);
            _hasCurrent = true;
        }

        return CloseIfFull();
    }

    private protected override BarTickOutcome AddScaled(long price, long size, long ts)
    {
        if (_hasCurrent)
        {
            _current.AddScaled(price, size, ts);
        }
        else
        {
            BeginScaled(ref _current, 0, price, size, ts);
            _hasCurrent = true;
        }

        return CloseIfFull();
    }

    private BarTickOutcome CloseIfFull()
    {
        if (_current.TickCount >= _ticksPerBar)
        {
            Emit(in _current, _current.OpenTs, _current.CloseTs);
            _hasCurrent = false;
        }

        return BarTickOutcome.Aggregated;
    }

    private protected override void Load(BarAggregatorSnapshot snapshot)
    {
        if (snapshot.OpenBars.Length > 1 || snapshot.Progress != 0m || snapshot.ClosedThrough.HasValue || snapshot.LastClose.HasValue)
        {
            ThrowBadSnapshot("a tick-bar snapshot holds at most one open bar and no time or threshold state");
        }

        if (snapshot.OpenBars.Length == 1)
        {
            _current = FromSnapshot(snapshot.OpenBars[0]);
            if (_current.TickCount >= _ticksPerBar || _current.Start != 0)
            {
                ThrowBadSnapshot($"the open bar has {_current.TickCount} ticks, but a bar closes at {_ticksPerBar}");
            }

            _hasCurrent = true;
        }
    }
}
