namespace OrleansTrading.Fix.Codec;

/// <summary>Writes integers and decimals as FIX ASCII digits, faster than the general-purpose formatters.</summary>
public static class FixNumberFormatter
{
    /// <summary>Writes <paramref name="value"/>; returns the bytes written (at most 20).</summary>
    public static int Write(Span<byte> destination, long value)
    {
        if (value < 0)
        {
            if (value == long.MinValue)
            {
                "-9223372036854775808"u8.CopyTo(destination);
                return 20;
            }

            destination[0] = (byte)'-';
            return 1 + WriteUnsigned(destination[1..], (ulong)-value);
        }

        return WriteUnsigned(destination, (ulong)value);
    }

    /// <summary>Writes the decimal's digits with its own scale (100.50m → "100.50"); returns the bytes written (at most 31).</summary>
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
        if (negative && (count > 1 || digits[0] != (byte)'0' || scale > 0))
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

    private static int WriteUnsigned(Span<byte> destination, ulong value)
    {
        var digits = 1;
        for (var probe = value; probe >= 10; probe /= 10)
        {
            digits++;
        }

        for (var i = digits - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }

        return digits;
    }
}
