using System.Runtime.CompilerServices;

namespace OrleansTrading.Domain.Bars;

/// <summary>
/// Exact conversions between <see cref="decimal"/> and integers counted in units of 10^-scale, for the bar
/// aggregators' per-tick path: comparing and adding 64/128-bit integers costs a few nanoseconds where the same
/// decimal operations cost tens. A value that does not fit exactly is reported, and the caller falls back to
/// decimal arithmetic, so results never differ from decimal arithmetic, only arrive sooner.
/// </summary>
internal static class ScaledDecimal
{
    /// <summary>Largest magnitude accepted: small enough that price × size fits Int128 and a mid (a + b) × 5 fits long.</summary>
    private const ulong MaxMagnitude = 100_000_000_000_000_000UL;

    private static readonly ulong[] _powersOf10 =
    [
        1UL, 10UL, 100UL, 1_000UL, 10_000UL, 100_000UL, 1_000_000UL, 10_000_000UL, 100_000_000UL, 1_000_000_000UL,
        10_000_000_000UL, 100_000_000_000UL, 1_000_000_000_000UL, 10_000_000_000_000UL, 100_000_000_000_000UL,
        1_000_000_000_000_000UL, 10_000_000_000_000_000UL, 100_000_000_000_000_000UL, 1_000_000_000_000_000_000UL,
    ];

    /// <summary>The scale a bar aggregator counts in: the decimal places of <paramref name="step"/> (e.g. 2 for a 0.01 tick).</summary>
    public static byte ScaleOf(decimal step) => step.Scale;

    /// <summary>value × 10^scale as a long, when that is exact and small enough.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryScale(decimal value, int scale, out long scaled)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var valueScale = (bits[3] >> 16) & 0xFF;
        if (bits[2] != 0 || valueScale > scale)
        {
            return TryScaleSlow(value, scale, out scaled);
        }

        var magnitude = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        if (magnitude > MaxMagnitude / _powersOf10[scale - valueScale])
        {
            scaled = 0;
            return false;
        }

        magnitude *= _powersOf10[scale - valueScale];
        scaled = bits[3] < 0 ? -(long)magnitude : (long)magnitude;
        return true;
    }

    /// <summary>The decimal worth <paramref name="value"/> × 10^-scale, exactly.</summary>
    public static decimal ToDecimal(Int128 value, int scale)
    {
        var negative = value < 0;
        var magnitude = (UInt128)(negative ? -value : value);
        if (magnitude >> 96 == 0 && scale <= 28)
        {
            var lo = (int)(uint)magnitude;
            var mid = (int)(uint)(magnitude >> 32);
            var hi = (int)(uint)(magnitude >> 64);
            return new decimal(lo, mid, hi, negative, (byte)scale);
        }

        var result = (decimal)value;
        for (var i = 0; i < scale; i++)
        {
            result /= 10m;
        }

        return result;
    }

    /// <summary>A value written with more places than the scale (e.g. 100.250 for a 0.01 tick) still fits when the extra digits are zeros.</summary>
    private static bool TryScaleSlow(decimal value, int scale, out long scaled)
    {
        scaled = 0;
        var power = PowersOf10Decimal(scale);
        if (Math.Abs(value) > MaxMagnitude / power)
        {
            return false;
        }

        var shifted = value * power;
        if (shifted != decimal.Truncate(shifted))
        {
            return false;
        }

        scaled = (long)shifted;
        return true;
    }

    private static decimal PowersOf10Decimal(int scale) => (decimal)_powersOf10[scale];
}
