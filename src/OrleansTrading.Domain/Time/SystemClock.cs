namespace OrleansTrading.Domain.Time;

/// <summary>The wall clock, for hosts. Never used inside kernel logic, only handed to it.</summary>
public sealed class SystemClock(TimeProvider timeProvider) : IClock
{
    public static readonly SystemClock Instance = new(TimeProvider.System);

    public UnixNanos UtcNow => UnixNanos.FromDateTimeOffset(timeProvider.GetUtcNow());
}
