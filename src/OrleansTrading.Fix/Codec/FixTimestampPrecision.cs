namespace OrleansTrading.Fix.Codec;

/// <summary>Fractional-second digits written in UTCTimestamp values.</summary>
public enum FixTimestampPrecision
{
    Seconds = 0,
    Milliseconds = 3,
    Microseconds = 6,
    Nanoseconds = 9,
}
