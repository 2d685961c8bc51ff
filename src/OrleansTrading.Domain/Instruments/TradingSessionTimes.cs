namespace OrleansTrading.Domain.Instruments;

/// <summary>A session's open and close without its weekday, for building schedules that repeat the same hours (see <see cref="TradingSchedule.Weekdays"/>).</summary>
public readonly record struct TradingSessionTimes(TimeSpan Open, TimeSpan Close)
{
    /// <summary>Open and close on the trading day itself, e.g. 09:30–16:00.</summary>
    public static TradingSessionTimes Regular(TimeOnly open, TimeOnly close) => new(open.ToTimeSpan(), close.ToTimeSpan());

    /// <summary>Opens the evening before the trading day, closes on it, e.g. 18:00 (previous day) – 17:00.</summary>
    public static TradingSessionTimes FromPreviousEvening(TimeOnly openOnPreviousDay, TimeOnly close) =>
        new(openOnPreviousDay.ToTimeSpan() - TimeSpan.FromDays(1), close.ToTimeSpan());

    /// <summary>These hours on <paramref name="tradingDay"/>; throws like <see cref="TradingSession"/> when they are not a valid session.</summary>
    public TradingSession On(DayOfWeek tradingDay) => new(tradingDay, Open, Close);
}
