using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Risk;

/// <summary>
/// Tracks the equity high-water mark of the current trading day and the drawdown from it. A trading day starts at
/// <c>dayStartUtc</c> after UTC midnight (e.g. 22:00 for a 17:00 New York roll in summer); the first equity mark of
/// a new trading day resets the high-water mark to that equity and clears the breach. Drawdown = high-water mark −
/// equity (never negative). The limit is breached when the drawdown is above the amount limit or above the fraction
/// limit × high-water mark.
/// </summary>
public sealed class DailyDrawdownTracker
{
    private readonly long _dayStartNanos;
    private readonly decimal? _maxFraction;
    private readonly decimal? _maxAmount;

    public DailyDrawdownTracker(TimeSpan dayStartUtc, decimal? maxFraction, decimal? maxAmount, DrawdownState? state = null)
    {
        if (dayStartUtc < TimeSpan.Zero || dayStartUtc >= TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(dayStartUtc), dayStartUtc, "The trading day start must be in [00:00, 24:00) UTC.");
        }

        _dayStartNanos = dayStartUtc.Ticks * 100;
        _maxFraction = maxFraction;
        _maxAmount = maxAmount;
        State = state ?? DrawdownState.Empty;
    }

    public DrawdownState State { get; private set; }

    public bool Breached => State.Breached;

    public decimal Drawdown => State.HasSession ? State.HighWaterMark - State.Equity : 0m;

    /// <summary>The trading day an instant belongs to.</summary>
    public long TradingDayOf(UnixNanos at) => UnixNanos.FloorTo(at.Value - _dayStartNanos, UnixNanos.NanosPerDay) / UnixNanos.NanosPerDay;

    /// <summary>
    /// Records an equity mark. Returns the new high-water mark and drawdown, whether it opened a trading day and whether
    /// the limit is (newly) breached. The state transition, if any, is the owner's business (see <see cref="RiskBook"/>).
    /// </summary>
    public EquityUpdate Observe(decimal equity, UnixNanos at)
    {
        var day = TradingDayOf(at);
        var previous = State;
        var newDay = !previous.HasSession || day > previous.TradingDay;
        if (previous.HasSession && day < previous.TradingDay)
        {
            throw new ArgumentOutOfRangeException(
                nameof(at), at, $"Equity mark at {at} belongs to trading day {day}, before the current day {previous.TradingDay}; marks must not go back a day.");
        }

        var hwm = newDay ? equity : Math.Max(previous.HighWaterMark, equity);
        var drawdown = hwm - equity;
        var breachedNow = IsBeyondLimit(drawdown, hwm);
        var breached = breachedNow || (!newDay && previous.Breached);
        State = new DrawdownState(day, hwm, equity, true, breached);
        return new EquityUpdate(equity, hwm, drawdown, newDay, breached, breached && (newDay || !previous.Breached), null);
    }

    /// <summary>The drawdown limit as an amount at the current high-water mark (the tightest of the two limits).</summary>
    public decimal LimitAmount()
    {
        var limit = decimal.MaxValue;
        if (_maxAmount is { } amount)
        {
            limit = amount;
        }

        if (_maxFraction is { } fraction && State.HasSession)
        {
            limit = Math.Min(limit, fraction * Math.Max(State.HighWaterMark, 0m));
        }

        return limit;
    }

    /// <summary>A tracker with the same session whose breach flag is judged again on the current drawdown (after the limits changed).</summary>
    internal DailyDrawdownTracker Rejudged()
    {
        if (State.HasSession)
        {
            State = State with { Breached = IsBeyondLimit(State.HighWaterMark - State.Equity, State.HighWaterMark) };
        }

        return this;
    }

    private bool IsBeyondLimit(decimal drawdown, decimal hwm) =>
        (_maxAmount is { } amount && drawdown > amount)
        || (_maxFraction is { } fraction && drawdown > fraction * Math.Max(hwm, 0m));
}
