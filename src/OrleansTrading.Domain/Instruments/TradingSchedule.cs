using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Instruments;

/// <summary>
/// When an instrument trades: a weekly set of <see cref="TradingSession"/>s in the venue's time zone, plus full-day
/// closures (holidays) and early closes. Immutable and deterministic: every answer is computed from the instant it is
/// given, through <see cref="TimeZoneInfo"/> with an IANA zone id (e.g. <c>America/New_York</c>, read from the
/// system's tz database), never from the wall clock.
/// <para>
/// Local times that do not exist or occur twice because of a daylight-saving change are resolved one fixed way: a
/// time in the spring-forward gap is read with the offset in force before the gap (02:30 on a New York
/// spring-forward day is 03:30 EDT); a time in the fall-back overlap is the first occurrence (daylight time).
/// </para>
/// <para>
/// A trading day is the date of the day its sessions close on. An instant inside a session belongs to that
/// session's trading day; an instant between sessions belongs to the trading day of the next session (so an order
/// placed after the close is for the next trading day). For always-open instruments each local calendar day is one
/// session 00:00–24:00, so "the close" is local midnight, when Day orders expire.
/// </para>
/// </summary>
public sealed class TradingSchedule : IEquatable<TradingSchedule>
{
    /// <summary>How far ahead the schedule looks for a next session before it reports that there is none.</summary>
    public const int MaxSearchDays = 800;

    private static readonly TimeSpan _oneDay = TimeSpan.FromDays(1);
    private static readonly TimeSpan _oneWeek = TimeSpan.FromDays(7);

    private readonly TradingSession[][] _sessionsByDay;
    private readonly TradingSession[] _sessions;
    private readonly HashSet<DateOnly> _holidays;
    private readonly Dictionary<DateOnly, TimeSpan> _earlyCloses;

    /// <summary>Builds a schedule in the time zone with IANA id <paramref name="timeZoneId"/> (e.g. <c>America/New_York</c>).</summary>
    public TradingSchedule(
        string timeZoneId,
        IEnumerable<TradingSession> sessions,
        IEnumerable<DateOnly>? holidays = null,
        IEnumerable<KeyValuePair<DateOnly, TimeOnly>>? earlyCloses = null)
        : this(FindTimeZone(timeZoneId), sessions, holidays, earlyCloses)
    {
    }

    public TradingSchedule(
        TimeZoneInfo timeZone,
        IEnumerable<TradingSession> sessions,
        IEnumerable<DateOnly>? holidays = null,
        IEnumerable<KeyValuePair<DateOnly, TimeOnly>>? earlyCloses = null)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(sessions);
        TimeZone = timeZone;
        _sessions = [.. sessions.OrderBy(s => s.TradingDay).ThenBy(s => s.Open)];
        if (_sessions.Length == 0)
        {
            throw new ArgumentException("A trading schedule needs at least one session; use TradingSchedule.AlwaysOpen for instruments that never close.", nameof(sessions));
        }

        EnsureNoOverlap(_sessions);
        _sessionsByDay = new TradingSession[7][];
        for (var day = 0; day < 7; day++)
        {
            _sessionsByDay[day] = [.. _sessions.Where(s => (int)s.TradingDay == day)];
        }

        _holidays = holidays is null ? [] : [.. holidays];
        _earlyCloses = [];
        foreach (var (day, close) in earlyCloses ?? [])
        {
            if (!_earlyCloses.TryAdd(day, close.ToTimeSpan()))
            {
                throw new ArgumentException($"Early close for {day:yyyy-MM-dd} is given twice; give each trading day at most one.", nameof(earlyCloses));
            }
        }
    }

    /// <summary>Always open in UTC: the default for instruments without a calendar (crypto). Trading days are UTC dates.</summary>
    public static TradingSchedule AlwaysOpenUtc { get; } = AlwaysOpen(TimeZoneInfo.Utc);

    public TimeZoneInfo TimeZone { get; }

    public string TimeZoneId => TimeZone.Id;

    /// <summary>The weekly sessions, ordered by trading day (Sunday first) and open.</summary>
    public IReadOnlyList<TradingSession> Sessions => _sessions;

    /// <summary>Trading days on which the venue is closed all day.</summary>
    public IReadOnlyCollection<DateOnly> Holidays => _holidays;

    /// <summary>Trading days on which every session ends no later than the given local time.</summary>
    public IReadOnlyDictionary<DateOnly, TimeSpan> EarlyCloses => _earlyCloses;

    /// <summary>Seven full-day sessions (00:00–24:00 local) a week: 24h/7d instruments such as crypto.</summary>
    public static TradingSchedule AlwaysOpen(TimeZoneInfo timeZone) =>
        new(timeZone, Enum.GetValues<DayOfWeek>().Select(TradingSession.FullDay));

    /// <summary>The same sessions on Monday to Friday, e.g. 09:30–16:00 in <c>America/New_York</c> for US equities.</summary>
    public static TradingSchedule Weekdays(string timeZoneId, params TradingSessionTimes[] sessionsPerDay)
    {
        var sessions = new List<TradingSession>();
        for (var day = DayOfWeek.Monday; day <= DayOfWeek.Friday; day++)
        {
            foreach (var times in sessionsPerDay)
            {
                sessions.Add(times.On(day));
            }
        }

        return new TradingSchedule(timeZoneId, sessions);
    }

    /// <summary>A copy with <paramref name="days"/> added as full-day closures.</summary>
    public TradingSchedule WithHolidays(params DateOnly[] days) =>
        new(TimeZone, _sessions, _holidays.Concat(days), EarlyCloseTimes());

    /// <summary>A copy in which the sessions of <paramref name="tradingDay"/> end no later than <paramref name="close"/> (local time).</summary>
    public TradingSchedule WithEarlyClose(DateOnly tradingDay, TimeOnly close) =>
        new(TimeZone, _sessions, _holidays, EarlyCloseTimes().Append(new(tradingDay, close)));

    /// <summary>True when <paramref name="instant"/> falls inside a session (open inclusive, close exclusive).</summary>
    public bool IsOpen(UnixNanos instant) => SessionAt(instant) is not null;

    /// <summary>The session that contains <paramref name="instant"/>, or null when the market is closed then.</summary>
    public TradingSessionWindow? SessionAt(UnixNanos instant)
    {
        var localDate = LocalDate(instant);

        // A session of trading day D lies between D−1 00:00 and D 24:00 local, so only two trading days can contain the instant.
        for (var day = localDate; day <= localDate.AddDays(1); day = day.AddDays(1))
        {
            foreach (var window in SessionsOn(day))
            {
                if (window.Contains(instant))
                {
                    return window;
                }
            }
        }

        return null;
    }

    /// <summary>The first session that opens strictly after <paramref name="instant"/>.</summary>
    /// <exception cref="InvalidOperationException">No session opens within <see cref="MaxSearchDays"/> days (holidays cover everything).</exception>
    public TradingSessionWindow NextSession(UnixNanos instant)
    {
        var localDate = LocalDate(instant);
        for (var offset = 0; offset <= MaxSearchDays; offset++)
        {
            foreach (var window in SessionsOn(localDate.AddDays(offset)))
            {
                if (window.Open > instant)
                {
                    return window;
                }
            }
        }

        throw new InvalidOperationException($"No session opens within {MaxSearchDays} days after {instant} in {TimeZoneId}; check the schedule's holidays.");
    }

    /// <summary>The next open strictly after <paramref name="instant"/> (while a session is open: the open of the following session).</summary>
    public UnixNanos NextOpen(UnixNanos instant) => NextSession(instant).Open;

    /// <summary>The close of the session open at <paramref name="instant"/>, or when closed, the close of the next session.</summary>
    public UnixNanos NextClose(UnixNanos instant) => (SessionAt(instant) ?? NextSession(instant)).Close;

    /// <summary>The trading day <paramref name="instant"/> belongs to: its session's day, or between sessions the next session's day.</summary>
    public DateOnly TradingDayOf(UnixNanos instant) => (SessionAt(instant) ?? NextSession(instant)).TradingDay;

    /// <summary>The close of the last session of <paramref name="tradingDay"/>: the end of that trading day.</summary>
    /// <exception cref="ArgumentException">The day has no session (a weekend or a holiday).</exception>
    public UnixNanos TradingDayEnd(DateOnly tradingDay)
    {
        var windows = SessionsOn(tradingDay);
        return windows.Count > 0
            ? windows[^1].Close
            : throw new ArgumentException($"{tradingDay:yyyy-MM-dd} ({tradingDay.DayOfWeek}) is not a trading day in this schedule (no session, or a holiday).", nameof(tradingDay));
    }

    /// <summary>When a Day order placed at <paramref name="placedAt"/> expires: the end of the trading day it belongs to.</summary>
    public UnixNanos DayOrderExpiry(UnixNanos placedAt) => TradingDayEnd(TradingDayOf(placedAt));

    /// <summary>The sessions of <paramref name="tradingDay"/> as UTC windows, in time order; empty on holidays and days without sessions.</summary>
    public IReadOnlyList<TradingSessionWindow> SessionsOn(DateOnly tradingDay)
    {
        if (_holidays.Contains(tradingDay))
        {
            return [];
        }

        var sessions = _sessionsByDay[(int)tradingDay.DayOfWeek];
        if (sessions.Length == 0)
        {
            return [];
        }

        var hasEarlyClose = _earlyCloses.TryGetValue(tradingDay, out var earlyClose);
        var windows = new List<TradingSessionWindow>(sessions.Length);
        foreach (var session in sessions)
        {
            var close = session.Close;
            if (hasEarlyClose)
            {
                if (session.Open >= earlyClose)
                {
                    continue;
                }

                close = close < earlyClose ? close : earlyClose;
            }

            var openUtc = LocalToUtc(tradingDay, session.Open);
            var closeUtc = LocalToUtc(tradingDay, close);
            if (closeUtc > openUtc)
            {
                windows.Add(new TradingSessionWindow(tradingDay, openUtc, closeUtc));
            }
        }

        return windows;
    }

    public bool Equals(TradingSchedule? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (TimeZoneId == other.TimeZoneId
                && _sessions.AsSpan().SequenceEqual(other._sessions)
                && _holidays.SetEquals(other._holidays)
                && _earlyCloses.Count == other._earlyCloses.Count
                && _earlyCloses.All(e => other._earlyCloses.TryGetValue(e.Key, out var close) && close == e.Value)));

    public override bool Equals(object? obj) => Equals(obj as TradingSchedule);

    public override int GetHashCode() => HashCode.Combine(TimeZoneId, _sessions.Length, _holidays.Count, _earlyCloses.Count);

    public override string ToString() => $"{TimeZoneId}: {string.Join(", ", _sessions)}";

    private static TimeZoneInfo FindTimeZone(string timeZoneId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZoneId);
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new ArgumentException($"Time zone '{timeZoneId}' is not known on this machine. Use an IANA id such as America/New_York, and make sure the tz database (the tzdata package on Linux) is installed.", nameof(timeZoneId), e);
        }
    }

    private static void EnsureNoOverlap(TradingSession[] sessions)
    {
        // Place every session on one local week (Sunday 00:00 = 0); a Sunday session that opens on Saturday evening wraps round.
        var intervals = new List<(TimeSpan Start, TimeSpan End, TradingSession Session)>();
        foreach (var session in sessions)
        {
            var dayStart = _oneDay * (int)session.TradingDay;
            var start = dayStart + session.Open;
            var end = dayStart + session.Close;
            if (start < TimeSpan.Zero)
            {
                intervals.Add((start + _oneWeek, _oneWeek, session));
                intervals.Add((TimeSpan.Zero, end, session));
            }
            else
            {
                intervals.Add((start, end, session));
            }
        }

        intervals.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 1; i < intervals.Count; i++)
        {
            if (intervals[i].Start < intervals[i - 1].End)
            {
                throw new ArgumentException($"Sessions {intervals[i - 1].Session} and {intervals[i].Session} overlap; sessions of a schedule must not overlap.", nameof(sessions));
            }
        }
    }

    private IEnumerable<KeyValuePair<DateOnly, TimeOnly>> EarlyCloseTimes() =>
        _earlyCloses.Select(e => new KeyValuePair<DateOnly, TimeOnly>(e.Key, TimeOnly.FromTimeSpan(e.Value)));

    private DateOnly LocalDate(UnixNanos instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(instant.ToDateTime(), TimeZone));

    private UnixNanos LocalToUtc(DateOnly tradingDay, TimeSpan offsetFromMidnight)
    {
        var local = DateTime.SpecifyKind(tradingDay.ToDateTime(TimeOnly.MinValue) + offsetFromMidnight, DateTimeKind.Unspecified);
        TimeSpan utcOffset;
        if (TimeZone.IsInvalidTime(local))
        {
            // In the spring-forward gap: read the wall-clock time with the offset in force before the gap.
            utcOffset = TimeZone.GetUtcOffset(local.AddDays(-1));
        }
        else if (TimeZone.IsAmbiguousTime(local))
        {
            // In the fall-back overlap: the first occurrence, i.e. the larger (daylight) offset.
            utcOffset = TimeZone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            utcOffset = TimeZone.GetUtcOffset(local);
        }

        return UnixNanos.FromDateTime(DateTime.SpecifyKind(local - utcOffset, DateTimeKind.Utc));
    }
}
