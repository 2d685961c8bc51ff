using System.Collections.Immutable;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Bars;

/// <summary>
/// Volume bars (every N traded units) and notional bars (every N of |price| × size × multiplier), in arrival order.
/// A trade that crosses the threshold is split: the piece that fills the bar exactly closes it, the rest starts the
/// next bar (or fills several whole bars). Each piece counts as one tick of its bar, at the trade's price and time.
/// Volume is conserved exactly (Σ bar volumes = Σ trade sizes, and Σ bar notionals = Σ trade notionals), because the
/// remainder is computed by subtraction. For volume bars each closed bar holds exactly N; for notional bars the
/// piece size is (N − progress) ÷ (|price| × multiplier) rounded down to 12 decimal places, so a closed notional bar
/// holds N less at most |price| × multiplier × 1e-12. Zero-price or zero-size trades add no progress and never split.
/// Volume bars take ordinary ticks on the scaled integer path (see <see cref="BarAccumulator"/>) when the threshold
/// fits the instrument's size scale; their progress is the open bar's volume.
/// </summary>
internal sealed class ThresholdBarAggregator : BarAggregator
{
    /// <summary>Decimal places of the size of a split piece of a notional bar.</summary>
    internal const int NotionalPieceDecimals = 12;

    private readonly decimal _threshold;
    private readonly bool _byNotional;
    private readonly decimal _unitValue;
    private readonly bool _hasScaledThreshold;
    private readonly long _scaledThreshold;
    private BarAccumulator _current;
    private bool _hasCurrent;

    /// <summary>Notional bars: Σ |notional| in the open bar. Volume bars use the open bar's volume instead.</summary>
    private decimal _notionalProgress;

    public ThresholdBarAggregator(Instrument instrument, BarSpecification specification, BarAggregatorOptions options, IBarSink sink)
        : base(instrument, specification, options, sink, scaledPath: specification.Aggregation == BarAggregation.Volume)
    {
        _threshold = specification.Step;
        _byNotional = specification.Aggregation == BarAggregation.Notional;
        _unitValue = instrument.Multiplier;
        _hasScaledThreshold = !_byNotional && ScaledDecimal.TryScale(_threshold, SizeScale, out _scaledThreshold);
    }

    /// <summary>How much of the threshold the open bar has used.</summary>
    private decimal Progress => _byNotional ? _notionalProgress : _hasCurrent ? _current.Volume : 0m;

    public override int OnTime(UnixNanos now) => 0;

    public override BarAggregatorSnapshot Snapshot() =>
        MakeSnapshot(_hasCurrent ? [PartialBar.From(in _current)] : [], null, null, null, Progress);

    private protected override BarTickOutcome Add(decimal price, decimal size, decimal notional, long ts)
    {
        var measure = _byNotional ? Math.Abs(notional) : size;
        if (measure < _threshold - Progress)
        {
            Put(price, size, notional, ts);
            _notionalProgress += _byNotional ? measure : 0m;
            return BarTickOutcome.Aggregated;
        }

        Split(price, size, notional, measure, ts);
        return BarTickOutcome.Aggregated;
    }

    /// <summary>Volume bars, integer path: the same splitting as <see cref="Split"/>, in units of the size scale.</summary>
    private protected override BarTickOutcome AddScaled(long price, long size, long ts)
    {
        if (!_hasScaledThreshold || (_hasCurrent && _current.IsExact))
        {
            return base.AddScaled(price, size, ts);
        }

        var remaining = _scaledThreshold - (_hasCurrent ? (long)_current.ScaledVolume : 0L);
        while (size >= remaining)
        {
            PutScaled(price, remaining, ts);
            Emit(in _current, _current.OpenTs, _current.CloseTs);
            _hasCurrent = false;
            size -= remaining;
            if (size == 0)
            {
                return BarTickOutcome.Aggregated;
            }

            remaining = _scaledThreshold;
        }

        PutScaled(price, size, ts);
        return BarTickOutcome.Aggregated;
    }

    private protected override void Load(BarAggregatorSnapshot snapshot)
    {
        if (snapshot.OpenBars.Length > 1 || snapshot.ClosedThrough.HasValue || snapshot.LastClose.HasValue)
        {
            ThrowBadSnapshot("a volume or notional snapshot holds at most one open bar and no time state");
        }

        if (snapshot.Progress < 0m || snapshot.Progress >= _threshold || (snapshot.OpenBars.Length == 0 && snapshot.Progress != 0m))
        {
            ThrowBadSnapshot($"progress {snapshot.Progress} must be 0 <= progress < {_threshold}, and 0 when no bar is open");
        }

        if (!_byNotional && snapshot.Progress != (snapshot.OpenBars.Length == 1 ? snapshot.OpenBars[0].Volume.Value : 0m))
        {
            ThrowBadSnapshot($"progress {snapshot.Progress} of a volume bar must equal the open bar's volume");
        }

        if (snapshot.OpenBars.Length == 1)
        {
            _current = FromSnapshot(snapshot.OpenBars[0]);
            _hasCurrent = true;
        }

        _notionalProgress = _byNotional ? snapshot.Progress : 0m;
    }

    private void Split(decimal price, decimal size, decimal notional, decimal measure, long ts)
    {
        while (true)
        {
            var remaining = _threshold - Progress;
            if (measure < remaining)
            {
                Put(price, size, notional, ts);
                _notionalProgress += _byNotional ? measure : 0m;
                return;
            }

            var piece = measure == remaining ? size : PieceSize(remaining, price, size);
            var pieceNotional = piece == size ? notional : NotionalOf(price, piece);
            Put(price, piece, pieceNotional, ts);
            Emit(in _current, _current.OpenTs, _current.CloseTs);
            _hasCurrent = false;
            _notionalProgress = 0m;
            if (piece == size)
            {
                return;
            }

            size -= piece;
            notional -= pieceNotional;
            measure = _byNotional ? Math.Abs(notional) : size;
        }
    }

    /// <summary>
    /// The quantity of this trade that uses up <paramref name="remaining"/> of the threshold: exactly that for
    /// volume bars; for notional bars remaining ÷ (|price| × multiplier) rounded down to
    /// <see cref="NotionalPieceDecimals"/> places, so sizes keep a bounded scale and sums of them stay exact
    /// (if that rounds to nothing, the whole trade goes into the bar).
    /// </summary>
    private decimal PieceSize(decimal remaining, decimal price, decimal size)
    {
        if (!_byNotional)
        {
            return remaining;
        }

        var piece = decimal.Round(remaining / (Math.Abs(price) * _unitValue), NotionalPieceDecimals, MidpointRounding.ToZero);
        return piece > 0m && piece < size ? piece : size;
    }

    private void PutScaled(long price, long size, long ts)
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
    }

    private void Put(decimal price, decimal size, decimal notional, long ts)
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
    }
}
