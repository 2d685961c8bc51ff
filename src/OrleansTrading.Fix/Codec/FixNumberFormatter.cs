using System.Globalization;

namespace OrleansTrading.Fix.Codec;

/// <summary>
/// Writes integers and decimals as FIX ASCII text without allocating, in one place so every writer formats numbers the
/// same way: invariant, no exponent, a decimal with every digit of its scale ("101.50"), zero without a sign. Integers
/// go through the runtime's UTF-8 formatter (two digits per step from a table).
/// </summary>
public static class FixNumberFormatter
{
    /// <summary>Writes <paramref name="value"/>; returns the bytes written (at most 20).</summary>
    public static int Write(Span<byte> destination, long value) =>
        value.TryFormat(destination, out var written, default, CultureInfo.InvariantCulture) ? written : throw TooSmall(nameof(destination));

    /// <summary>Writes the decimal's digits with its own scale (100.50m → "100.50"); returns the bytes written (at most 31).</summary>
    /// <remarks>Hand-written: measured faster than the runtime's decimal formatter on the order-building path.</remarks>
    public static int Write(Span<byte> destination, decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var negative = bits[3] < 0;
        var scale = (bits[3] >> 16) & 0xFF;
        var low = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        if (bits[2] == 0 && scale == 0 && (!negative || low <= long.MaxValue))
        {
            return negative && low != 0 && low <= long.MaxValue ? Write(destination, -(long)low) : WriteUnsigned(destination, low);
        }

        var mantissa = new UInt128((uint)bits[2], low);
        var isZero = mantissa == UInt128.Zero;
        Span<byte> digits = stackalloc byte[40];
        var count = 0;
        if (bits[2] == 0)
        {
            var small = low;
            do
            {
                digits[count++] = (byte)('0' + (small % 10));
                small /= 10;
            }
            while (small != 0);
        }
        else
        {
            do
            {
                var (quotient, remainder) = UInt128.DivRem(mantissa, 10);
                digits[count++] = (byte)('0' + (int)remainder);
                mantissa = quotient;
            }
            while (mantissa != 0);
        }

        while (count <= scale)
        {
            digits[count++] = (byte)'0';
        }

        var pos = 0;
        if (negative && !isZero)
        {
            destination[pos++] = (byte)'-';
        }

        for (var i = count - 1; i >= 0; i--)
        {
            destination[pos++] = digits[i];
            if (i == scale && scale > 0)
            {
                destination[pos++] = (byte)'.';
            }
        }

        return pos;
    }

    private static int WriteUnsigned(Span<byte> destination, ulong value) =>
        value.TryFormat(destination, out var written, default, CultureInfo.InvariantCulture) ? written : throw TooSmall(nameof(destination));

    private static ArgumentException TooSmall(string parameter) => new("The destination is too small for the number.", parameter);
}
