namespace OrleansTrading.Fix.Session;

/// <summary>
/// When a session may be connected, and when its sequence numbers reset: a daily window (StartTime–EndTime, which may
/// cross midnight; equal times mean the whole day) or a weekly one (StartDay StartTime – EndDay EndTime), in a time
/// zone. A new session period begins at each StartTime (StartDay for weekly schedules); a store created before the
/// current period began is reset. <see cref="NonStop"/> never closes and never resets.
/// </summary>
public sealed record FixSessionSchedule
{
    public static FixSessionSchedule NonStop { get; } = new() { IsNonStop = true };

    public bool IsNonStop { get; init; }

    public TimeOnly StartTime { get; init; }

    public TimeOnly EndTime { get; init; }

    public DayOfWeek? StartDay { get; init; }

    public DayOfWeek? EndDay { get; init; }

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    public static FixSessionSchedule Daily(TimeOnly start, TimeOnly end, TimeZoneInfo? timeZone = null) =>
        new() { StartTime = start, EndTime = end, TimeZone = timeZone ?? TimeZoneInfo.Utc };

    public static FixSessionSchedule Weekly(DayOfWeek startDay, TimeOnly start, DayOfWeek endDay, TimeOnly end, TimeZoneInfo? timeZone = null) =>
        new() { StartDay = startDay, StartTime = start, EndDay = endDay, EndTime = end, TimeZone = timeZone ?? TimeZoneInfo.Utc };

    /// <summary>True when <paramref name="now"/> falls inside a session window.</summary>
    public bool IsInSession(DateTimeOffset now)
    {
        if (IsNonStop)
        {
            return true;
        }

        var start = CurrentPeriodStart(now);
        return now - start < Duration();
    }

    /// <summary>The start of the most recent session period at or before <paramref name="now"/> (<see cref="DateTimeOffset.MinValue"/> for non-stop sessions).</summary>
    public DateTimeOffset CurrentPeriodStart(DateTimeOffset now)
    {
        if (IsNonStop)
        {
            return DateTimeOffset.MinValue;
        }

        var local = TimeZoneInfo.ConvertTime(now, TimeZone);
        var candidateDate = DateOnly.FromDateTime(local.DateTime);
        if (StartDay is { } startDay)
        {
            var back = ((int)candidateDate.DayOfWeek - (int)startDay + 7) % 7;
            candidateDate = candidateDate.AddDays(-back);
        }

        var candidate = ToInstant(candidateDate.ToDateTime(StartTime));
        if (candidate > now)
        {
            candidate = ToInstant(candidateDate.AddDays(StartDay is null ? -1 : -7).ToDateTime(StartTime));
        }

        return candidate;
    }

    private TimeSpan Duration()
    {
        if (StartDay is { } startDay && EndDay is { } endDay)
        {
            var days = ((int)endDay - (int)startDay + 7) % 7;
            var span = TimeSpan.FromDays(days) + (EndTime.ToTimeSpan() - StartTime.ToTimeSpan());
            return span <= TimeSpan.Zero ? span + TimeSpan.FromDays(7) : span;
        }

        var daily = EndTime.ToTimeSpan() - StartTime.ToTimeSpan();
        return daily <= TimeSpan.Zero ? daily + TimeSpan.FromDays(1) : daily;
    }

    private DateTimeOffset ToInstant(DateTime localTime)
    {
        var unspecified = DateTime.SpecifyKind(localTime, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, TimeZone.GetUtcOffset(unspecified));
    }
}
