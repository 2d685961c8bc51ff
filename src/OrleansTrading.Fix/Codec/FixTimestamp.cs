namespace OrleansTrading.Fix.Codec;

/// <summary>Allocation-free reading and writing of FIX UTC timestamps, times and dates.</summary>
public static class FixTimestamp
{
    /// <summary>Longest UTCTimestamp we write: <c>yyyyMMdd-HH:mm:ss.fffffffff</c>.</summary>
    public const int MaxLength = 27;

    private const int WholeSecondsLength = 17;

    /// <summary>The whole second last written on this thread (ticks / TicksPerSecond + 1; 0 = none) and its text.</summary>
    [ThreadStatic]
    private static long _lastSecond;

    [ThreadStatic]
    private static byte[]? _lastSecondText;

    /// <summary>Parses <c>yyyyMMdd-HH:mm:ss[.fff|.ffffff|.fffffffff]</c> as a UTC <see cref="DateTime"/>.</summary>
    public static bool TryParse(ReadOnlySpan<byte> value, out DateTime result)
    {
        result = default;
        if (value.Length < 17 || value[8] != (byte)'-')
        {
            return false;
        }

        if (!TryParseDate(value[..8], out var year, out var month, out var day)
            || !TryParseTimeOfDay(value[9..], out var ticksOfDay))
        {
            return false;
        }

        if (day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        result = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc).AddTicks(ticksOfDay);
        return true;
    }

    /// <summary>True when the value is a well-formed UTCTimestamp (cheaper than <see cref="TryParse"/>: no DateTime is built).</summary>
    public static bool IsValid(ReadOnlySpan<byte> value) =>
        value.Length >= 17 && value[8] == (byte)'-'
        && TryParseDate(value[..8], out var year, out var month, out var day)
        && (day <= 28 || day <= DateTime.DaysInMonth(year, month))
        && TryParseTimeOfDay(value[9..], out _);

    /// <summary>Parses <c>HH:mm:ss[.fff…]</c> into ticks since midnight.</summary>
    public static bool TryParseTimeOfDay(ReadOnlySpan<byte> value, out long ticks)
    {
        ticks = 0;
        if (value.Length < 8 || value[2] != (byte)':' || value[5] != (byte)':')
        {
            return false;
        }

        if (!TwoDigits(value, 0, out var hour) || !TwoDigits(value, 3, out var minute) || !TwoDigits(value, 6, out var second)
            || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        long fractionTicks = 0;
        if (value.Length > 8)
        {
            var fraction = value[9..];
            if (value[8] != (byte)'.' || fraction.Length is not (3 or 6 or 9))
            {
                return false;
            }

            long digits = 0;
            foreach (var b in fraction)
            {
                var d = b - (byte)'0';
                if ((uint)d > 9)
                {
                    return false;
                }

                digits = (digits * 10) + d;
            }

            fractionTicks = fraction.Length switch
            {
                3 => digits * TimeSpan.TicksPerMillisecond,
                6 => digits * 10,
                _ => digits / 100,
            };
        }

        ticks = (hour * TimeSpan.TicksPerHour) + (minute * TimeSpan.TicksPerMinute) + (Math.Min(second, 59) * TimeSpan.TicksPerSecond) + fractionTicks;
        return true;
    }

    /// <summary>Parses <c>yyyyMMdd</c>.</summary>
    public static bool TryParseDate(ReadOnlySpan<byte> value, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (value.Length != 8 || !TwoDigits(value, 0, out var century) || !TwoDigits(value, 2, out var yy)
            || !TwoDigits(value, 4, out month) || !TwoDigits(value, 6, out day))
        {
            return false;
        }

        year = (century * 100) + yy;
        return year >= 1 && month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }

    /// <summary>Checks the MonthYear format: <c>yyyyMM</c>, <c>yyyyMMdd</c> or <c>yyyyMMwN</c>.</summary>
    public static bool IsValidMonthYear(ReadOnlySpan<byte> value)
    {
        if (value.Length < 6 || !TwoDigits(value, 0, out _) || !TwoDigits(value, 2, out _) || !TwoDigits(value, 4, out var month)
            || month is < 1 or > 12)
        {
            return false;
        }

        return value.Length switch
        {
            6 => true,
            8 when value[6] == (byte)'w' => value[7] is >= (byte)'1' and <= (byte)'5',
            8 => TwoDigits(value, 6, out var day) && day is >= 1 and <= 31,
            _ => false,
        };
    }

    /// <summary>Writes <paramref name="value"/> (converted to UTC) as <c>yyyyMMdd-HH:mm:ss[.f…]</c>; returns the bytes written.</summary>
    public static int Write(Span<byte> destination, DateTime value, FixTimestampPrecision precision)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        var digits = (int)precision;
        var length = 17 + (digits == 0 ? 0 : digits + 1);
        if (destination.Length < length)
        {
            throw new ArgumentException($"A FIX timestamp needs {length} bytes; the destination has {destination.Length}.", nameof(destination));
        }

        var timeTicks = utc.Ticks % TimeSpan.TicksPerDay;
        WriteWholeSeconds(destination, utc);
        if (digits > 0)
        {
            destination[17] = (byte)'.';
            var subSecondTicks = timeTicks % TimeSpan.TicksPerSecond;
            long fraction = digits switch
            {
                3 => subSecondTicks / TimeSpan.TicksPerMillisecond,
                6 => subSecondTicks / 10,
                _ => subSecondTicks * 100,
            };
            WriteDigits(destination, 18, fraction, digits);
        }

        return length;
    }

    /// <summary>
    /// Writes <c>yyyyMMdd-HH:mm:ss</c>. Messages sent within the same second share it, so the last one written on
    /// this thread is kept and copied (one 17-byte buffer per thread: no allocation in the steady state).
    /// </summary>
    private static void WriteWholeSeconds(Span<byte> destination, DateTime utc)
    {
        var second = (utc.Ticks / TimeSpan.TicksPerSecond) + 1;
        var cached = _lastSecondText;
        if (cached is not null && _lastSecond == second)
        {
            cached.CopyTo(destination);
            return;
        }

        var (year, month, day) = utc;
        var secondsOfDay = (int)(utc.Ticks % TimeSpan.TicksPerDay / TimeSpan.TicksPerSecond);
        WriteDigits(destination, 0, year, 4);
        WriteTwo(destination, 4, month);
        WriteTwo(destination, 6, day);
        destination[8] = (byte)'-';
        WriteTwo(destination, 9, secondsOfDay / 3600);
        destination[11] = (byte)':';
        WriteTwo(destination, 12, secondsOfDay / 60 % 60);
        destination[14] = (byte)':';
        WriteTwo(destination, 15, secondsOfDay % 60);
        cached ??= _lastSecondText = new byte[WholeSecondsLength];
        destination[..WholeSecondsLength].CopyTo(cached);
        _lastSecond = second;
    }

    private static void WriteTwo(Span<byte> destination, int offset, int value)
    {
        destination[offset] = (byte)('0' + (value / 10));
        destination[offset + 1] = (byte)('0' + (value % 10));
    }

    private static void WriteDigits(Span<byte> destination, int offset, long value, int count)
    {
        for (var i = offset + count - 1; i >= offset; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private static bool TwoDigits(ReadOnlySpan<byte> value, int offset, out int result)
    {
        var high = value[offset] - (byte)'0';
        var low = value[offset + 1] - (byte)'0';
        result = (high * 10) + low;
        return (uint)high <= 9 && (uint)low <= 9;
    }
}
