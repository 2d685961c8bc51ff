namespace OrleansTrading.Domain.Time;

/// <summary>A UTC instant as nanoseconds since the Unix epoch: the one timestamp type of the kernel.</summary>
public readonly record struct UnixNanos(long Value) : IComparable<UnixNanos>
{
    public const long NanosPerMicrosecond = 1_000;
    public const long NanosPerMillisecond = 1_000_000;
    public const long NanosPerSecond = 1_000_000_000;
    public const long NanosPerMinute = 60 * NanosPerSecond;
    public const long NanosPerHour = 60 * NanosPerMinute;
    public const long NanosPerDay = 24 * NanosPerHour;

    public static readonly UnixNanos Epoch = new(0);

    public static UnixNanos FromDateTime(DateTime utc)
    {
        if (utc.Kind == DateTimeKind.Local)
        {
            throw new ArgumentException("Timestamps must be UTC, not local time.", nameof(utc));
        }

        return new UnixNanos((utc.Ticks - DateTime.UnixEpoch.Ticks) * 100);
    }

    public static UnixNanos FromDateTimeOffset(DateTimeOffset value) => FromDateTime(value.UtcDateTime);

    public static UnixNanos FromSeconds(long seconds) => new(checked(seconds * NanosPerSecond));

    public static UnixNanos FromMilliseconds(long milliseconds) => new(checked(milliseconds * NanosPerMillisecond));

    public static UnixNanos Max(UnixNanos a, UnixNanos b) => a.Value >= b.Value ? a : b;

    public static UnixNanos Min(UnixNanos a, UnixNanos b) => a.Value <= b.Value ? a : b;

    public DateTime ToDateTime() => new(DateTime.UnixEpoch.Ticks + (Value / 100), DateTimeKind.Utc);

    public DateTimeOffset ToDateTimeOffset() => new(ToDateTime());

    /// <summary>Midnight UTC of the day this instant falls on.</summary>
    public UnixNanos StartOfUtcDay() => new(FloorTo(Value, NanosPerDay));

    public UnixNanos Add(TimeSpan span) => new(checked(Value + (span.Ticks * 100)));

    public UnixNanos AddNanos(long nanos) => new(checked(Value + nanos));

    public long NanosSince(UnixNanos earlier) => Value - earlier.Value;

    public int CompareTo(UnixNanos other) => Value.CompareTo(other.Value);

    public static bool operator <(UnixNanos left, UnixNanos right) => left.Value < right.Value;

    public static bool operator >(UnixNanos left, UnixNanos right) => left.Value > right.Value;

    public static bool operator <=(UnixNanos left, UnixNanos right) => left.Value <= right.Value;

    public static bool operator >=(UnixNanos left, UnixNanos right) => left.Value >= right.Value;

    public override string ToString() => ToDateTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Rounds toward negative infinity to a multiple of <paramref name="step"/> (correct for pre-epoch instants too).</summary>
    internal static long FloorTo(long value, long step)
    {
        var remainder = value % step;
        return remainder < 0 ? value - remainder - step : value - remainder;
    }
}
