namespace OrleansTrading.Domain.Time;

/// <summary>
/// The only source of "now" the kernel knows. Live code injects a system clock, backtests and tests a
/// <see cref="ManualClock"/>; the kernel itself never reads the wall clock.
/// </summary>
public interface IClock
{
    UnixNanos UtcNow { get; }
}
