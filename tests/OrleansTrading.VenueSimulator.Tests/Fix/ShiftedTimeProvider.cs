namespace OrleansTrading.VenueSimulator.Tests.Fix;

/// <summary>The system clock plus an offset a test can move forward: the venue's time jumps, its timers keep running.</summary>
internal sealed class ShiftedTimeProvider : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
