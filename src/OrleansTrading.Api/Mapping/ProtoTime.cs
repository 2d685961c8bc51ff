using Google.Protobuf.WellKnownTypes;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Api.Mapping;

/// <summary><see cref="Timestamp"/> ⇄ <see cref="UnixNanos"/>, exact to the nanosecond.</summary>
public static class ProtoTime
{
    /// <summary>Latest instant a <see cref="UnixNanos"/> can hold (year 2262).</summary>
    private const long MaxSeconds = long.MaxValue / UnixNanos.NanosPerSecond - 1;

    public static Timestamp ToProto(UnixNanos at)
    {
        var seconds = Math.DivRem(at.Value, UnixNanos.NanosPerSecond, out var nanos);
        if (nanos < 0)
        {
            seconds--;
            nanos += UnixNanos.NanosPerSecond;
        }

        return new Timestamp { Seconds = seconds, Nanos = (int)nanos };
    }

    public static Timestamp? ToProto(UnixNanos? at) => at is { } value ? ToProto(value) : null;

    /// <summary>Null with a reason when the timestamp is malformed (nanos outside 0..999,999,999) or outside 1678–2262.</summary>
    public static UnixNanos? FromProto(Timestamp timestamp, out string? problem)
    {
        problem = null;
        if (timestamp.Nanos is < 0 or >= (int)UnixNanos.NanosPerSecond)
        {
            problem = $"nanos {timestamp.Nanos} must be within 0..999999999";
            return null;
        }

        if (timestamp.Seconds is > MaxSeconds or < -MaxSeconds)
        {
            problem = "is outside the supported range (years 1678 to 2262)";
            return null;
        }

        return new UnixNanos(timestamp.Seconds * UnixNanos.NanosPerSecond + timestamp.Nanos);
    }
}
