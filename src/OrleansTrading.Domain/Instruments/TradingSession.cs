using System.Globalization;

namespace OrleansTrading.Domain.Instruments;

/// <summary>
/// One recurring session of a weekly schedule, in the venue's local time. <see cref="Open"/> and <see cref="Close"/>
/// are offsets from local midnight at the start of <see cref="TradingDay"/>: a regular equity session is
/// 09:30–16:00; a futures session that opens the evening before (CME Globex Monday: Sunday 18:00 to Monday 17:00)
/// has a negative open (−06:00); a full calendar day is 00:00–24:00.
/// </summary>
public readonly record struct TradingSession
{
    private static readonly TimeSpan _oneDay = TimeSpan.FromDays(1);

    /// <param name="tradingDay">The weekday whose trading day this session belongs to (where its close falls).</param>
    /// <param name="open">Offset of the open from local midnight of the trading day, from −24:00 (inclusive).</param>
    /// <param name="close">Offset of the close from local midnight of the trading day, after the open, at most 24:00.</param>
    public TradingSession(DayOfWeek tradingDay, TimeSpan open, TimeSpan close)
    {
        if (!Enum.IsDefined(tradingDay))
        {
            throw new ArgumentOutOfRangeException(nameof(tradingDay), tradingDay, "Trading day must be a day of the week.");
        }

        if (open < -_oneDay || open >= _oneDay)
        {
            throw new ArgumentOutOfRangeException(nameof(open), open, $"{tradingDay} session: the open must be between −24:00 (the previous day's midnight) and 24:00 of the trading day.");
        }

        if (close <= open || close > _oneDay)
        {
            throw new ArgumentOutOfRangeException(nameof(close), close, $"{tradingDay} session: the close ({close}) must be after the open ({open}) and at most 24:00 of the trading day.");
        }

        if (close - open > _oneDay)
        {
            throw new ArgumentOutOfRangeException(nameof(close), close, $"{tradingDay} session: a session lasts at most 24 hours; split it into one session per trading day.");
        }

        TradingDay = tradingDay;
        Open = open;
        Close = close;
    }

    public DayOfWeek TradingDay { get; }

    public TimeSpan Open { get; }

    public TimeSpan Close { get; }

    /// <summary>A session that opens and closes on the trading day itself, e.g. 09:30–16:00.</summary>
    public static TradingSession Regular(DayOfWeek tradingDay, TimeOnly open, TimeOnly close) =>
        new(tradingDay, open.ToTimeSpan(), close.ToTimeSpan());

    /// <summary>A session that opens the evening before the trading day and closes on it, e.g. Sunday 18:00 – Monday 17:00 for Monday.</summary>
    public static TradingSession FromPreviousEvening(DayOfWeek tradingDay, TimeOnly openOnPreviousDay, TimeOnly close) =>
        new(tradingDay, openOnPreviousDay.ToTimeSpan() - _oneDay, close.ToTimeSpan());

    /// <summary>The whole local calendar day 00:00–24:00.</summary>
    public static TradingSession FullDay(DayOfWeek tradingDay) => new(tradingDay, TimeSpan.Zero, _oneDay);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{TradingDay} {Format(Open)}–{Format(Close)}");

    private static string Format(TimeSpan offset) =>
        offset < TimeSpan.Zero
            ? string.Create(CultureInfo.InvariantCulture, $"{(offset + _oneDay):hh\\:mm} (previous day)")
            : offset == _oneDay ? "24:00" : offset.ToString("hh\\:mm", CultureInfo.InvariantCulture);
}
