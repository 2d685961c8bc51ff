using System.Numerics;
using System.Runtime.CompilerServices;

namespace OrleansTrading.Domain.Bars;

/// <summary>
/// The mutable state of one bar being built. Kept in preallocated arrays and updated through <c>ref</c>, so the
/// per-tick path allocates nothing. Open/close follow TsEvent order (ties: open keeps the earlier arrival, close
/// takes the later), which makes a bar independent of the order in which its ticks arrived.
/// <para>
/// Two representations of the same numbers: <em>scaled</em> (prices as longs in units of 10^-priceScale, volume
/// and raw notional Σ price × size as Int128 — the fast path for ordinary ticks) and <em>exact</em> (decimals, for
/// any tick whose price or size does not fit the scale). A bar starts scaled when its first tick fits and moves to
/// exact, once and losslessly, at the first tick that does not. Both give the same decimal values.
/// </para>
/// </summary>
internal struct BarAccumulator
{
    /// <summary>Interval start for time bars; unused (0) for event bars.</summary>
    public long Start;
    public long OpenTs;
    public long CloseTs;
    public long TickCount;

    private bool _exact;
    private byte _priceScale;
    private byte _sizeScale;
    private long _open;
    private long _high;
    private long _low;
    private long _close;
    private Int128 _volume;
    private Int128 _rawNotional;
    private decimal _multiplier;

    private decimal _exactOpen;
    private decimal _exactHigh;
    private decimal _exactLow;
    private decimal _exactClose;
    private decimal _exactVolume;
    private decimal _exactNotional;

    /// <summary>True once the bar keeps decimals rather than scaled integers.</summary>
    public readonly bool IsExact => _exact;

    /// <summary>The volume in units of the size scale; meaningful only while not <see cref="IsExact"/>.</summary>
    public readonly Int128 ScaledVolume => _volume;

    public readonly decimal Open => _exact ? _exactOpen : ScaledDecimal.ToDecimal(_open, _priceScale);

    public readonly decimal High => _exact ? _exactHigh : ScaledDecimal.ToDecimal(_high, _priceScale);

    public readonly decimal Low => _exact ? _exactLow : ScaledDecimal.ToDecimal(_low, _priceScale);

    public readonly decimal Close => _exact ? _exactClose : ScaledDecimal.ToDecimal(_close, _priceScale);

    public readonly decimal Volume => _exact ? _exactVolume : ScaledDecimal.ToDecimal(_volume, _sizeScale);

    /// <summary>Σ price × size × multiplier.</summary>
    public readonly decimal Notional
    {
        get
        {
            if (_exact)
            {
                return _exactNotional;
            }

            var raw = ScaledDecimal.ToDecimal(_rawNotional, _priceScale + _sizeScale);
            return _multiplier == 1m ? raw : raw * _multiplier;
        }
    }

    public void BeginScaled(long start, long price, long size, long ts, byte priceScale, byte sizeScale, decimal multiplier)
    {
        Start = start;
        _exact = false;
        _priceScale = priceScale;
        _sizeScale = sizeScale;
        _multiplier = multiplier;
        _open = _high = _low = _close = price;
        OpenTs = CloseTs = ts;
        _volume = size;
        _rawNotional = (Int128)price * size;
        TickCount = 1;
    }

    /// <summary>Adds a tick given in this bar's scales (the scales it was begun or restored with).</summary>
    public void AddScaled(long price, long size, long ts)
    {
        if (_exact)
        {
            var p = ScaledDecimal.ToDecimal(price, _priceScale);
            var s = ScaledDecimal.ToDecimal(size, _sizeScale);
            AddExact(p, s, _multiplier == 1m ? p * s : p * s * _multiplier, ts);
            return;
        }

        Track(price, ts, ref _open, ref _high, ref _low, ref _close, ref OpenTs, ref CloseTs);
        _volume += size;
        _rawNotional += (Int128)price * size;
        TickCount++;
    }

    public void BeginExact(long start, decimal price, decimal size, decimal notional, long ts, byte priceScale, byte sizeScale, decimal multiplier)
    {
        Start = start;
        _exact = true;
        _priceScale = priceScale;
        _sizeScale = sizeScale;
        _multiplier = multiplier;
        _exactOpen = _exactHigh = _exactLow = _exactClose = price;
        OpenTs = CloseTs = ts;
        _exactVolume = size;
        _exactNotional = notional;
        TickCount = 1;
    }

    /// <summary>Adds a tick in decimals; <paramref name="notional"/> is price × size × multiplier.</summary>
    public void AddExact(decimal price, decimal size, decimal notional, long ts)
    {
        if (!_exact)
        {
            MakeExact();
        }

        Track(price, ts, ref _exactOpen, ref _exactHigh, ref _exactLow, ref _exactClose, ref OpenTs, ref CloseTs);
        _exactVolume += size;
        _exactNotional += notional;
        TickCount++;
    }

    /// <summary>Recreates a partial bar from a snapshot, in decimals.</summary>
    public static BarAccumulator FromExact(long start, decimal open, decimal high, decimal low, decimal close, long openTs, long closeTs, decimal volume, decimal notional, long tickCount, byte priceScale, byte sizeScale, decimal multiplier) =>
        new()
        {
            _priceScale = priceScale,
            _sizeScale = sizeScale,
            Start = start,
            OpenTs = openTs,
            CloseTs = closeTs,
            TickCount = tickCount,
            _exact = true,
            _multiplier = multiplier,
            _exactOpen = open,
            _exactHigh = high,
            _exactLow = low,
            _exactClose = close,
            _exactVolume = volume,
            _exactNotional = notional,
        };

    /// <summary>High/low by value; open/close by TsEvent (ties: open keeps the earlier arrival, close takes the later).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Track<T>(T price, long ts, ref T open, ref T high, ref T low, ref T close, ref long openTs, ref long closeTs)
        where T : IComparisonOperators<T, T, bool>
    {
        if (price > high)
        {
            high = price;
        }
        else if (price < low)
        {
            low = price;
        }

        if (ts < openTs)
        {
            open = price;
            openTs = ts;
        }

        if (ts >= closeTs)
        {
            close = price;
            closeTs = ts;
        }
    }

    private void MakeExact()
    {
        _exactOpen = Open;
        _exactHigh = High;
        _exactLow = Low;
        _exactClose = Close;
        _exactVolume = Volume;
        _exactNotional = Notional;
        _exact = true;
    }
}
