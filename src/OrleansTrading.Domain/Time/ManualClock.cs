namespace OrleansTrading.Domain.Time;

/// <summary>A clock that moves only when told to: backtests drive it from event time, tests step it by hand.</summary>
public sealed class ManualClock(UnixNanos start) : IClock
{
    public UnixNanos UtcNow { get; private set; } = start;

    public void AdvanceTo(UnixNanos instant)
    {
        if (instant < UtcNow)
        {
            throw new InvalidOperationException($"Time cannot move backwards: {instant} is before {UtcNow}.");
        }

        UtcNow = instant;
    }

    public void Advance(TimeSpan span) => AdvanceTo(UtcNow.Add(span));

    public void AdvanceNanos(long nanos) => AdvanceTo(UtcNow.AddNanos(nanos));
}
