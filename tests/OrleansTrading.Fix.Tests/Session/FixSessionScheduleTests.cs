using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Transport;

namespace OrleansTrading.Fix.Tests.Session;

public sealed class FixSessionScheduleTests
{
    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 1, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void A_daily_window_crossing_midnight_is_open_at_night_and_closed_at_noon()
    {
        var schedule = FixSessionSchedule.Daily(new TimeOnly(22, 0), new TimeOnly(6, 0));

        Assert.True(schedule.IsInSession(At(14, 23)));
        Assert.True(schedule.IsInSession(At(15, 5)));
        Assert.False(schedule.IsInSession(At(15, 12)));
        Assert.Equal(At(14, 22), schedule.CurrentPeriodStart(At(15, 5)));
    }

    [Fact]
    public void A_weekly_window_runs_from_sunday_evening_to_friday_evening()
    {
        // 2026-01-11 is a Sunday
        var schedule = FixSessionSchedule.Weekly(DayOfWeek.Sunday, new TimeOnly(22, 0), DayOfWeek.Friday, new TimeOnly(21, 0));

        Assert.True(schedule.IsInSession(At(14, 12)));
        Assert.False(schedule.IsInSession(At(17, 12)));
        Assert.Equal(At(11, 22), schedule.CurrentPeriodStart(At(16, 20, 59)));
    }

    [Fact]
    public void Equal_start_and_end_times_mean_the_whole_day_with_a_daily_reset()
    {
        var schedule = FixSessionSchedule.Daily(new TimeOnly(0, 0), new TimeOnly(0, 0));

        Assert.True(schedule.IsInSession(At(14, 13)));
        Assert.Equal(At(14, 0), schedule.CurrentPeriodStart(At(14, 13)));
    }

    [Theory]
    [InlineData(0, 0.0, 500)]
    [InlineData(0, 1.0, 1000)]
    [InlineData(3, 1.0, 8000)]
    [InlineData(10, 1.0, 30000)]
    [InlineData(10, 0.0, 15000)]
    public void Reconnect_delays_double_up_to_the_maximum_with_jitter(int attempt, double jitter, int expectedMilliseconds)
    {
        var delay = FixInitiator.BackoffDelay(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), attempt, jitter);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), delay);
    }
}
