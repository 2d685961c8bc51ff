using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Tests.Instruments;

public sealed class TradingScheduleTests
{
    private static readonly TradingSchedule UsEquity =
        TradingSchedule.Weekdays("America/New_York", TradingSessionTimes.Regular(new TimeOnly(9, 30), new TimeOnly(16, 0)));

    /// <summary>CME Globex equity futures: each trading day opens at 18:00 ET the evening before and closes at 17:00 ET.</summary>
    private static readonly TradingSchedule Globex =
        TradingSchedule.Weekdays("America/New_York", TradingSessionTimes.FromPreviousEvening(new TimeOnly(18, 0), new TimeOnly(17, 0)));

    /// <summary>Tokyo cash equities: a morning and an afternoon session with a lunch break.</summary>
    private static readonly TradingSchedule Tokyo = TradingSchedule.Weekdays(
        "Asia/Tokyo",
        TradingSessionTimes.Regular(new TimeOnly(9, 0), new TimeOnly(11, 30)),
        TradingSessionTimes.Regular(new TimeOnly(12, 30), new TimeOnly(15, 30)));

    private static UnixNanos Utc(int year, int month, int day, int hour, int minute = 0) =>
        UnixNanos.FromDateTime(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc));

    [Fact]
    public void New_york_open_follows_daylight_saving_time()
    {
        // 09:30 is 14:30 UTC in winter (EST) and 13:30 UTC in summer (EDT).
        Assert.True(UsEquity.IsOpen(Utc(2025, 1, 15, 14, 30)));
        Assert.False(UsEquity.IsOpen(Utc(2025, 1, 15, 14, 29)));
        Assert.True(UsEquity.IsOpen(Utc(2025, 7, 16, 13, 30)));
        Assert.False(UsEquity.IsOpen(Utc(2025, 7, 16, 13, 29)));
    }

    [Fact]
    public void Open_is_inclusive_and_close_is_exclusive()
    {
        var session = UsEquity.SessionAt(Utc(2025, 1, 15, 15))!.Value;
        Assert.Equal((new DateOnly(2025, 1, 15), Utc(2025, 1, 15, 14, 30), Utc(2025, 1, 15, 21)), (session.TradingDay, session.Open, session.Close));
        Assert.True(UsEquity.IsOpen(session.Open));
        Assert.False(UsEquity.IsOpen(session.Close));
        Assert.True(UsEquity.IsOpen(session.Close.AddNanos(-1)));
    }

    [Fact]
    public void After_fridays_close_the_next_open_and_trading_day_are_monday()
    {
        var fridayEvening = Utc(2025, 3, 14, 21, 30);
        Assert.False(UsEquity.IsOpen(fridayEvening));
        Assert.Null(UsEquity.SessionAt(fridayEvening));
        Assert.Equal(Utc(2025, 3, 17, 13, 30), UsEquity.NextOpen(fridayEvening));
        Assert.Equal(Utc(2025, 3, 17, 20), UsEquity.NextClose(fridayEvening));
        Assert.Equal(new DateOnly(2025, 3, 17), UsEquity.TradingDayOf(fridayEvening));
        Assert.False(UsEquity.IsOpen(Utc(2025, 3, 15, 15)));
    }

    [Fact]
    public void While_open_next_close_is_this_sessions_close_and_next_open_is_the_following_session()
    {
        var wednesdayMorning = Utc(2025, 3, 12, 15);
        Assert.Equal(Utc(2025, 3, 12, 20), UsEquity.NextClose(wednesdayMorning));
        Assert.Equal(Utc(2025, 3, 13, 13, 30), UsEquity.NextOpen(wednesdayMorning));
    }

    [Fact]
    public void Day_orders_expire_at_the_end_of_their_trading_day()
    {
        Assert.Equal(Utc(2025, 3, 12, 20), UsEquity.DayOrderExpiry(Utc(2025, 3, 12, 15)));
        Assert.Equal(Utc(2025, 3, 12, 20), UsEquity.DayOrderExpiry(Utc(2025, 3, 12, 11)));
        Assert.Equal(Utc(2025, 3, 13, 20), UsEquity.DayOrderExpiry(Utc(2025, 3, 12, 20)));
    }

    [Fact]
    public void Overnight_session_belongs_to_the_trading_day_it_closes_on()
    {
        // Sunday 16 March 2025, 19:00 EDT: Globex is open for Monday's trading day.
        var sundayEvening = Utc(2025, 3, 16, 23);
        var session = Globex.SessionAt(sundayEvening)!.Value;
        Assert.Equal((new DateOnly(2025, 3, 17), Utc(2025, 3, 16, 22), Utc(2025, 3, 17, 21)), (session.TradingDay, session.Open, session.Close));
        Assert.Equal(Utc(2025, 3, 17, 21), Globex.DayOrderExpiry(sundayEvening));
    }

    [Fact]
    public void Overnight_schedule_is_closed_in_the_daily_break_and_reopens_for_the_next_day()
    {
        var mondayBreak = Utc(2025, 3, 17, 21, 30);
        Assert.False(Globex.IsOpen(mondayBreak));
        Assert.Equal(Utc(2025, 3, 17, 22), Globex.NextOpen(mondayBreak));
        Assert.Equal(new DateOnly(2025, 3, 18), Globex.TradingDayOf(mondayBreak));
        Assert.Equal(new DateOnly(2025, 3, 18), Globex.TradingDayOf(Utc(2025, 3, 18, 0)));
    }

    [Fact]
    public void Overnight_schedule_reopens_on_sunday_evening_after_the_weekend()
    {
        var fridayClose = Utc(2025, 3, 21, 21);
        Assert.False(Globex.IsOpen(fridayClose));
        Assert.False(Globex.IsOpen(Utc(2025, 3, 22, 22)));
        Assert.Equal(Utc(2025, 3, 23, 22), Globex.NextOpen(fridayClose));
    }

    [Fact]
    public void Lunch_break_is_closed_but_the_trading_day_ends_at_the_afternoon_close()
    {
        var lunch = Utc(2025, 3, 12, 3);
        Assert.False(Tokyo.IsOpen(lunch));
        Assert.Equal(Utc(2025, 3, 12, 3, 30), Tokyo.NextOpen(lunch));
        Assert.Equal(new DateOnly(2025, 3, 12), Tokyo.TradingDayOf(lunch));
        Assert.Equal(Utc(2025, 3, 12, 6, 30), Tokyo.DayOrderExpiry(Utc(2025, 3, 12, 1)));
        Assert.Equal(2, Tokyo.SessionsOn(new DateOnly(2025, 3, 12)).Count);
    }

    [Fact]
    public void Always_open_instruments_trade_at_any_instant_and_day_orders_expire_at_utc_midnight()
    {
        var schedule = TradingSchedule.AlwaysOpenUtc;
        Assert.True(schedule.IsOpen(Utc(2025, 3, 15, 3, 17)));
        Assert.True(schedule.IsOpen(Utc(2025, 3, 16, 0)));
        Assert.Equal(new DateOnly(2025, 3, 15), schedule.TradingDayOf(Utc(2025, 3, 15, 23, 59)));
        Assert.Equal(Utc(2025, 3, 16, 0), schedule.DayOrderExpiry(Utc(2025, 3, 15, 12)));
        Assert.Equal(Utc(2025, 3, 16, 0), schedule.NextClose(Utc(2025, 3, 15, 12)));
    }

    [Fact]
    public void Holiday_is_closed_all_day_and_skipped_by_next_open()
    {
        var schedule = UsEquity.WithHolidays(new DateOnly(2025, 7, 4));
        Assert.False(schedule.IsOpen(Utc(2025, 7, 4, 15)));
        Assert.Equal(Utc(2025, 7, 7, 13, 30), schedule.NextOpen(Utc(2025, 7, 3, 21)));
        Assert.Equal(new DateOnly(2025, 7, 7), schedule.TradingDayOf(Utc(2025, 7, 4, 15)));
        Assert.Empty(schedule.SessionsOn(new DateOnly(2025, 7, 4)));
        Assert.True(UsEquity.IsOpen(Utc(2025, 7, 4, 15)));
    }

    [Fact]
    public void Early_close_ends_the_trading_day_early()
    {
        var schedule = UsEquity.WithEarlyClose(new DateOnly(2025, 11, 28), new TimeOnly(13, 0));
        Assert.True(schedule.IsOpen(Utc(2025, 11, 28, 17, 59)));
        Assert.False(schedule.IsOpen(Utc(2025, 11, 28, 18)));
        Assert.Equal(Utc(2025, 11, 28, 18), schedule.TradingDayEnd(new DateOnly(2025, 11, 28)));
        Assert.Equal(Utc(2025, 11, 28, 18), schedule.DayOrderExpiry(Utc(2025, 11, 28, 15)));
    }

    [Fact]
    public void Local_time_in_the_spring_forward_gap_uses_the_offset_before_the_gap()
    {
        // 9 March 2025, New York: 02:00 EST jumps to 03:00 EDT; 02:30 does not exist and is read as 02:30 EST.
        var schedule = new TradingSchedule("America/New_York", [new TradingSession(DayOfWeek.Sunday, new TimeSpan(2, 30, 0), new TimeSpan(4, 0, 0))]);
        var session = Assert.Single(schedule.SessionsOn(new DateOnly(2025, 3, 9)));
        Assert.Equal((Utc(2025, 3, 9, 7, 30), Utc(2025, 3, 9, 8)), (session.Open, session.Close));
    }

    [Fact]
    public void Local_time_in_the_fall_back_overlap_is_its_first_occurrence()
    {
        // 2 November 2025, New York: 01:00–02:00 happens twice; 01:30 is taken as 01:30 EDT (05:30 UTC).
        var schedule = new TradingSchedule("America/New_York", [new TradingSession(DayOfWeek.Sunday, new TimeSpan(1, 30, 0), new TimeSpan(3, 0, 0))]);
        var session = Assert.Single(schedule.SessionsOn(new DateOnly(2025, 11, 2)));
        Assert.Equal((Utc(2025, 11, 2, 5, 30), Utc(2025, 11, 2, 8)), (session.Open, session.Close));
    }

    [Fact]
    public void Overlapping_sessions_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new TradingSchedule("Etc/UTC",
        [
            TradingSession.Regular(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0)),
            TradingSession.Regular(DayOfWeek.Monday, new TimeOnly(11, 0), new TimeOnly(13, 0)),
        ]));
        Assert.Contains("overlap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Session_opening_on_saturday_evening_that_overlaps_saturdays_session_is_refused() =>
        Assert.Throws<ArgumentException>(() => new TradingSchedule("Etc/UTC",
        [
            TradingSession.FromPreviousEvening(DayOfWeek.Sunday, new TimeOnly(18, 0), new TimeOnly(17, 0)),
            TradingSession.Regular(DayOfWeek.Saturday, new TimeOnly(17, 0), new TimeOnly(20, 0)),
        ]));

    [Fact]
    public void Schedule_without_sessions_is_refused() =>
        Assert.Throws<ArgumentException>(() => new TradingSchedule("Etc/UTC", []));

    [Fact]
    public void Unknown_time_zone_is_refused_with_a_hint()
    {
        var error = Assert.Throws<ArgumentException>(() => new TradingSchedule("Mars/Olympus_Mons", [TradingSession.FullDay(DayOfWeek.Monday)]));
        Assert.Contains("IANA", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 9)]
    [InlineData(10, 10)]
    [InlineData(-25, 1)]
    [InlineData(1, 25)]
    public void Session_with_an_invalid_open_or_close_is_refused(int openHours, int closeHours) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TradingSession(DayOfWeek.Monday, TimeSpan.FromHours(openHours), TimeSpan.FromHours(closeHours)));

    [Fact]
    public void End_of_a_day_without_sessions_is_refused() =>
        Assert.Throws<ArgumentException>(() => UsEquity.TradingDayEnd(new DateOnly(2025, 3, 15)));

    [Fact]
    public void Next_session_search_is_bounded_when_holidays_close_everything()
    {
        var mondays = Enumerable.Range(0, 130).Select(w => new DateOnly(2025, 3, 17).AddDays(7 * w)).ToArray();
        var schedule = new TradingSchedule("Etc/UTC", [TradingSession.FullDay(DayOfWeek.Monday)]).WithHolidays(mondays);
        Assert.Throws<InvalidOperationException>(() => schedule.NextOpen(Utc(2025, 3, 12, 0)));
    }

    [Fact]
    public void Schedules_with_the_same_definition_are_equal()
    {
        var again = TradingSchedule.Weekdays("America/New_York", TradingSessionTimes.Regular(new TimeOnly(9, 30), new TimeOnly(16, 0)));
        Assert.Equal(UsEquity, again);
        Assert.NotEqual(UsEquity, again.WithHolidays(new DateOnly(2025, 7, 4)));
        Assert.NotEqual(UsEquity, Globex);
    }

    [Property(MaxTest = 300)]
    public Property Next_open_is_a_later_open_instant_and_the_instant_before_it_is_closed() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 3 * 365 * 24 * 60).Select(minutes => Utc(2024, 1, 1, 0).AddNanos(minutes * UnixNanos.NanosPerMinute))), instant =>
        {
            var nextOpen = Globex.NextOpen(instant);
            var current = Globex.SessionAt(instant);
            return nextOpen > instant
                && Globex.IsOpen(nextOpen)
                && !Globex.IsOpen(nextOpen.AddNanos(-1))
                && (current is null || current.Value.Contains(instant))
                && Globex.DayOrderExpiry(instant) > instant
                && Globex.NextClose(instant) > instant;
        });
}
