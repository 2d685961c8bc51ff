using OrleansTrading.Domain.Risk;
using OrleansTrading.Domain.Time;
using static OrleansTrading.Domain.Tests.Risk.RiskBooks;

namespace OrleansTrading.Domain.Tests.Risk;

public sealed class DrawdownTests
{
    private static readonly long Hour = UnixNanos.NanosPerHour;

    [Fact]
    public void High_water_mark_follows_new_equity_highs_and_drawdown_is_measured_from_it()
    {
        var tracker = new DailyDrawdownTracker(TimeSpan.Zero, 0.1m, null);
        tracker.Observe(100m, T0);
        tracker.Observe(120m, T0.AddNanos(1));
        var update = tracker.Observe(110m, T0.AddNanos(2));

        Assert.Equal(120m, update.HighWaterMark);
        Assert.Equal(10m, update.Drawdown);
        Assert.False(update.Breached);
    }

    [Fact]
    public void Breach_of_the_fraction_limit_is_reported_once_and_stays_for_the_day()
    {
        var tracker = new DailyDrawdownTracker(TimeSpan.Zero, 0.1m, null);
        tracker.Observe(100m, T0);

        var breach = tracker.Observe(89.99m, T0.AddNanos(1));
        var recovered = tracker.Observe(99m, T0.AddNanos(2));

        Assert.True(breach.Breached);
        Assert.True(breach.NewlyBreached);
        Assert.True(recovered.Breached);
        Assert.False(recovered.NewlyBreached);
    }

    [Fact]
    public void Drawdown_exactly_at_the_limit_is_not_a_breach_but_the_amount_limit_also_applies()
    {
        var tracker = new DailyDrawdownTracker(TimeSpan.Zero, 0.1m, 5m);
        tracker.Observe(100m, T0);

        Assert.False(tracker.Observe(95m, T0.AddNanos(1)).Breached);
        Assert.True(tracker.Observe(94.99m, T0.AddNanos(2)).Breached);
    }

    [Fact]
    public void High_water_mark_resets_at_the_trading_day_boundary_given_to_the_tracker()
    {
        // Trading day starts at 22:00 UTC; T0 is 14:30 UTC.
        var tracker = new DailyDrawdownTracker(TimeSpan.FromHours(22), 0.1m, null);
        tracker.Observe(100m, T0);
        tracker.Observe(85m, T0.AddNanos(Hour)); // 15:30, breached

        var beforeRoll = tracker.Observe(86m, T0.AddNanos((7 * Hour) + (29 * UnixNanos.NanosPerMinute))); // 21:59
        var afterRoll = tracker.Observe(86m, T0.AddNanos((7 * Hour) + (30 * UnixNanos.NanosPerMinute))); // 22:00

        Assert.False(beforeRoll.NewTradingDay);
        Assert.True(beforeRoll.Breached);
        Assert.True(afterRoll.NewTradingDay);
        Assert.False(afterRoll.Breached);
        Assert.Equal(86m, afterRoll.HighWaterMark);
    }

    [Fact]
    public void Equity_mark_from_an_earlier_trading_day_is_refused()
    {
        var tracker = new DailyDrawdownTracker(TimeSpan.Zero, 0.1m, null);
        tracker.Observe(100m, T0);

        Assert.Throws<ArgumentOutOfRangeException>(() => tracker.Observe(100m, T0.AddNanos(-UnixNanos.NanosPerDay)));
        Assert.Equal(100m, tracker.State.Equity);
    }

    [Fact]
    public void Breach_halts_the_book_and_returns_the_transition_to_persist()
    {
        var book = Book(new RiskLimits { MaxDailyDrawdownAmount = 10_000m });

        var update = book.UpdateEquity(989_999m, T0.AddNanos(5));

        Assert.Equal(TradingState.Halted, book.TradingState);
        Assert.Equal(new TradingStateChange(TradingState.Active, TradingState.Halted, TradingStateChangeCause.DailyDrawdown, T0.AddNanos(5)), update.StateChange);
        Assert.True(book.ToState().RestrictedByDrawdown);
        Assert.Null(book.UpdateEquity(980_000m, T0.AddNanos(6)).StateChange);
    }

    [Fact]
    public void Breach_with_reduce_only_action_moves_the_book_to_reduce_only()
    {
        var book = Book(new RiskLimits { MaxDailyDrawdownFraction = 0.01m, DrawdownAction = DrawdownAction.ReduceOnly });

        var update = book.UpdateEquity(989_000m, T0.AddNanos(1));

        Assert.Equal(TradingState.ReduceOnly, book.TradingState);
        Assert.Equal(TradingState.ReduceOnly, update.StateChange?.To);
    }

    [Fact]
    public void Breach_does_not_loosen_a_stricter_manual_state()
    {
        var book = Book(new RiskLimits { MaxDailyDrawdownFraction = 0.01m, DrawdownAction = DrawdownAction.ReduceOnly });
        book.SetTradingState(TradingState.Halted, T0);

        var update = book.UpdateEquity(900_000m, T0.AddNanos(1));

        Assert.Null(update.StateChange);
        Assert.Equal(TradingState.Halted, book.TradingState);
    }

    [Fact]
    public void Book_reactivates_at_the_next_trading_day_only_when_configured()
    {
        var nextDay = T0.AddNanos(UnixNanos.NanosPerDay);
        var sticky = Book(new RiskLimits { MaxDailyDrawdownFraction = 0.01m });
        var reactivating = Book(new RiskLimits { MaxDailyDrawdownFraction = 0.01m, ReactivateAtNewTradingDay = true });
        sticky.UpdateEquity(900_000m, T0.AddNanos(1));
        reactivating.UpdateEquity(900_000m, T0.AddNanos(1));

        Assert.Null(sticky.UpdateEquity(900_000m, nextDay).StateChange);
        var change = reactivating.UpdateEquity(900_000m, nextDay).StateChange;

        Assert.Equal(TradingState.Halted, sticky.TradingState);
        Assert.Equal(TradingState.Active, reactivating.TradingState);
        Assert.Equal(TradingStateChangeCause.NewTradingDay, change?.Cause);
    }

    [Fact]
    public void Book_state_round_trips_through_its_persisted_form()
    {
        var limits = new RiskLimits { MaxDailyDrawdownFraction = 0.01m };
        var book = Book(limits);
        book.UpdateEquity(900_000m, T0.AddNanos(1));

        var restored = new RiskBook(RiskScope.Account, limits, T0, book.ToState());

        Assert.Equal(TradingState.Halted, restored.TradingState);
        Assert.True(restored.Drawdown.Breached);
        Assert.Equal(1_000_000m, restored.Drawdown.State.HighWaterMark);
    }

    [Fact]
    public void Loosening_the_drawdown_limit_re_judges_the_breach()
    {
        var book = Book(new RiskLimits { MaxDailyDrawdownFraction = 0.01m });
        book.UpdateEquity(980_000m, T0.AddNanos(1));
        Assert.True(book.Drawdown.Breached);

        book.SetLimits(new RiskLimits { MaxDailyDrawdownFraction = 0.05m }, T0.AddNanos(2));

        Assert.False(book.Drawdown.Breached);
        Assert.Equal(TradingState.Halted, book.TradingState); // the state itself is the operator's to change
    }
}
