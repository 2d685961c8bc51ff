using System.Buffers.Text;

namespace OrleansTrading.Fix.Codec;

/// <summary>Strict, allocation-free parsing of FIX field values as the FIX data types define them.</summary>
public static class FixValueParser
{
    /// <summary>FIX int: an optional leading '-' and at least one digit, nothing else.</summary>
    public static bool TryParseInt(ReadOnlySpan<byte> value, out int result)
    {
        result = 0;
        if (!TryParseLong(value, out var wide) || wide is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        result = (int)wide;
        return true;
    }

    /// <summary>FIX int as a 64-bit value.</summary>
    public static bool TryParseLong(ReadOnlySpan<byte> value, out long result)
    {
        result = 0;
        var negative = value.Length > 0 && value[0] == (byte)'-';
        var digits = negative ? value[1..] : value;
        if (digits.Length is 0 or > 18)
        {
            return false;
        }

        long accumulator = 0;
        foreach (var b in digits)
        {
            var d = b - (byte)'0';
            if ((uint)d > 9)
            {
                return false;
            }

            accumulator = (accumulator * 10) + d;
        }

        result = negative ? -accumulator : accumulator;
        return true;
    }

    /// <summary>True when the value has the FIX float syntax: optional '-', digits, optional '.' and digits (no '+', no exponent).</summary>
    public static bool IsValidDecimal(ReadOnlySpan<byte> value)
    {
        var i = value.Length > 0 && value[0] == (byte)'-' ? 1 : 0;
        var digits = 0;
        var dots = 0;
        for (; i < value.Length; i++)
        {
            var b = value[i];
            if (b == (byte)'.')
            {
                if (++dots > 1)
                {
                    return false;
                }
            }
            else if ((uint)(b - (byte)'0') <= 9)
            {
                digits++;
            }
            else
            {
                return false;
            }
        }

        return digits > 0;
    }

    /// <summary>Parses a FIX float (Qty, Price, Amt…) in place as a <see cref="decimal"/>.</summary>
    public static bool TryParseDecimal(ReadOnlySpan<byte> value, out decimal result)
    {
        result = 0m;
        return IsValidDecimal(value) && Utf8Parser.TryParse(value, out result, out var consumed) && consumed == value.Length;
    }

    /// <summary>FIX Boolean: exactly 'Y' or 'N'.</summary>
    public static bool TryParseBool(ReadOnlySpan<byte> value, out bool result)
    {
        result = value.Length == 1 && value[0] == (byte)'Y';
        return value.Length == 1 && value[0] is (byte)'Y' or (byte)'N';
    }
}
