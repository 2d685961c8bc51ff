using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Risk;
using OrleansTrading.Domain.Values;
using static OrleansTrading.Domain.Tests.Risk.RiskBooks;

namespace OrleansTrading.Domain.Tests.Risk;

public sealed class PreTradeRiskCheckTests
{
    [Fact]
    public void Order_within_every_limit_is_accepted()
    {
        var book = Book(new RiskLimits { MaxOrderQuantity = 100m, MaxOrderNotional = 10_000m, MaxPositionQuantity = 100m });

        var decision = Check(book, Buy(100m, 100m));

        Assert.True(decision.IsAccepted);
        Assert.Equal(RiskReason.Accepted, decision.Reason);
    }

    [Fact]
    public void Order_with_zero_quantity_is_refused_as_invalid()
    {
        var decision = Check(Book(), Buy(0m));

        Assert.Equal(RiskReason.InvalidOrder, decision.Reason);
        Assert.Equal(RiskScope.Order, decision.Scope);
    }

    [Fact]
    public void Engaged_kill_switch_refuses_every_new_order_but_allows_cancels()
    {
        var decision = Check(Book(), Sell(1m), killSwitch: KillSwitchState.Engaged);

        Assert.Equal(RiskReason.KillSwitchEngaged, decision.Reason);
        Assert.Equal(RiskScope.Global, decision.Scope);
        Assert.True(PreTradeRiskCheck.EvaluateCancel().IsAccepted);
        Assert.Equal(RiskReason.CancelAllowed, PreTradeRiskCheck.EvaluateCancel().Reason);
    }

    [Fact]
    public void Instrument_without_a_risk_profile_is_refused_in_the_book_that_lacks_it()
    {
        Assert.Equal(RiskReason.UnknownInstrument, Check(Book(), Buy(1m, 1m, Unknown)).Reason);

        var strategy = new RiskBook(RiskScope.Strategy, RiskLimits.Unlimited, T0);
        var decision = Check(Book(), Buy(1m, 100m), strategy);
        Assert.Equal(RiskReason.UnknownInstrument, decision.Reason);
        Assert.Equal(RiskScope.Strategy, decision.Scope);
    }

    [Fact]
    public void Halted_book_refuses_even_a_reducing_order()
    {
        var book = Book();
        book.SetPosition(Aapl, 10m);
        book.SetTradingState(TradingState.Halted, T0);

        Assert.Equal(RiskReason.TradingHalted, Check(book, Sell(5m, 100m)).Reason);
    }

    [Fact]
    public void Reduce_only_allows_a_reduction_and_refuses_an_increase_or_a_reversal()
    {
        var book = Book();
        book.SetPosition(Aapl, 10m);
        book.SetTradingState(TradingState.ReduceOnly, T0);

        Assert.True(Check(book, Sell(10m, 100m)).IsAccepted);
        Assert.Equal(RiskReason.ReduceOnlyViolation, Check(book, Buy(1m, 100m)).Reason);
        Assert.Equal(RiskReason.ReduceOnlyViolation, Check(book, Sell(11m, 100m)).Reason);
    }

    [Fact]
    public void Reduce_only_counts_open_orders_on_the_same_side()
    {
        var book = Book();
        book.SetPosition(Aapl, -10m);
        book.SetOpenOrders(Aapl, new Quantity(8m), Quantity.Zero);
        book.SetTradingState(TradingState.ReduceOnly, T0);

        Assert.True(Check(book, Buy(2m, 100m)).IsAccepted);
        Assert.Equal(RiskReason.ReduceOnlyViolation, Check(book, Buy(3m, 100m)).Reason);
    }

    [Fact]
    public void Strategy_trading_state_applies_when_the_account_is_active()
    {
        var strategy = Book(scope: RiskScope.Strategy);
        strategy.SetTradingState(TradingState.Halted, T0);

        var decision = Check(Book(), Buy(1m, 100m), strategy);

        Assert.Equal(RiskReason.TradingHalted, decision.Reason);
        Assert.Equal(RiskScope.Strategy, decision.Scope);
    }

    [Fact]
    public void Order_quantity_above_the_maximum_is_refused_with_limit_and_value()
    {
        var book = Book(new RiskLimits { MaxOrderQuantity = 100m });

        Assert.True(Check(book, Buy(100m, 100m)).IsAccepted);
        var decision = Check(book, Buy(100.5m, 100m));

        Assert.Equal(RiskReason.MaxOrderQuantityExceeded, decision.Reason);
        Assert.Equal(100m, decision.Limit);
        Assert.Equal(100.5m, decision.Observed);
        Assert.Contains("100.5", decision.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Order_notional_uses_the_limit_price_and_the_multiplier()
    {
        var book = Book(new RiskLimits { MaxOrderNotional = 400_000m });

        Assert.True(Check(book, Buy(2m, 4000m, Es)).IsAccepted);
        var decision = Check(book, Buy(2m, 4000.25m, Es));

        Assert.Equal(RiskReason.MaxOrderNotionalExceeded, decision.Reason);
        Assert.Equal(400_025m, decision.Observed);
    }

    [Fact]
    public void Market_order_notional_uses_the_last_price()
    {
        var book = Book(new RiskLimits { MaxOrderNotional = 1_000m });

        Assert.True(Check(book, Buy(10m)).IsAccepted);
        Assert.Equal(RiskReason.MaxOrderNotionalExceeded, Check(book, Buy(11m)).Reason);
    }

    [Fact]
    public void Order_notional_is_converted_into_the_book_currency()
    {
        var book = Book(new RiskLimits { MaxOrderNotional = 1_000m });
        book.Register(new InstrumentRiskProfile(AaplInstrument, MarginRequirement.None, fxRateToBook: 1.25m));

        Assert.True(Check(book, Buy(8m, 100m)).IsAccepted);
        var decision = Check(book, Buy(9m, 100m));
        Assert.Equal(RiskReason.MaxOrderNotionalExceeded, decision.Reason);
        Assert.Equal(1_125m, decision.Observed);
    }

    [Fact]
    public void Limit_price_further_than_the_collar_fraction_from_the_last_price_is_refused()
    {
        var book = Book(new RiskLimits { CollarMaxDeviationFraction = 0.05m });

        Assert.True(Check(book, Buy(1m, 105m)).IsAccepted);
        Assert.True(Check(book, Sell(1m, 95m)).IsAccepted);
        var decision = Check(book, Buy(1m, 105.01m));

        Assert.Equal(RiskReason.PriceCollarBreached, decision.Reason);
        Assert.Equal(5m, decision.Limit);
        Assert.Equal(5.01m, decision.Observed);
    }

    [Fact]
    public void Limit_price_more_ticks_away_than_the_collar_allows_is_refused()
    {
        var book = Book(new RiskLimits { CollarMaxDeviationTicks = 8 });

        Assert.True(Check(book, Sell(1m, 3998m, Es)).IsAccepted);
        Assert.Equal(RiskReason.PriceCollarBreached, Check(book, Sell(1m, 3997.75m, Es)).Reason);
    }

    [Fact]
    public void Market_order_without_a_last_price_is_refused_by_default()
    {
        var book = Book(withPrices: false);

        var decision = Check(book, Buy(1m));

        Assert.Equal(RiskReason.NoReferencePrice, decision.Reason);
        Assert.True(Check(book, Buy(1m, 100m)).IsAccepted); // a limit order without a collar needs no reference
    }

    [Fact]
    public void Missing_last_price_is_allowed_when_configured_and_says_so()
    {
        var book = Book(new RiskLimits { CollarMaxDeviationFraction = 0.05m, MissingReferencePrice = MissingReferencePricePolicy.Allow }, withPrices: false);

        var decision = Check(book, Buy(1m, 123m));

        Assert.True(decision.IsAccepted);
        Assert.Equal(RiskReason.AcceptedWithoutReferencePrice, decision.Reason);
    }

    [Fact]
    public void Collar_with_missing_last_price_refuses_a_limit_order_under_the_refuse_policy()
    {
        var book = Book(new RiskLimits { CollarMaxDeviationTicks = 10 }, withPrices: false);

        Assert.Equal(RiskReason.NoReferencePrice, Check(book, Buy(1m, 100m)).Reason);
    }

    [Fact]
    public void Projected_position_above_the_limit_is_refused_counting_open_orders_on_the_same_side()
    {
        var book = Book(new RiskLimits { MaxPositionQuantity = 100m });
        book.SetPosition(Aapl, 60m);
        book.SetOpenOrders(Aapl, new Quantity(30m), new Quantity(500m));

        Assert.True(Check(book, Buy(10m, 100m)).IsAccepted);
        var decision = Check(book, Buy(11m, 100m));

        Assert.Equal(RiskReason.MaxPositionExceeded, decision.Reason);
        Assert.Equal(101m, decision.Observed);
    }

    [Fact]
    public void Position_limit_applies_to_shorts_and_per_instrument_overrides_win()
    {
        var book = Book(new RiskLimits
        {
            MaxPositionQuantity = 100m,
            MaxPositionByInstrument = new Dictionary<OrleansTrading.Domain.Identifiers.InstrumentId, decimal> { [Es] = 5m },
        });

        Assert.Equal(RiskReason.MaxPositionExceeded, Check(book, Sell(101m, 100m)).Reason);
        Assert.True(Check(book, Sell(5m, 4000m, Es)).IsAccepted);
        Assert.Equal(RiskReason.MaxPositionExceeded, Check(book, Sell(6m, 4000m, Es)).Reason);
    }

    [Fact]
    public void Reducing_order_passes_even_when_the_position_is_already_above_the_limit()
    {
        var book = Book(new RiskLimits { MaxPositionQuantity = 100m, MaxGrossNotional = 1_000m });
        book.SetPosition(Aapl, 150m);

        Assert.True(Check(book, Sell(20m, 100m)).IsAccepted);
        Assert.Equal(RiskReason.MaxPositionExceeded, Check(book, Buy(1m, 100m)).Reason);
    }

    [Fact]
    public void Projected_gross_notional_above_the_limit_is_refused()
    {
        var book = Book(new RiskLimits { MaxGrossNotional = 500_000m });
        book.SetPosition(Es, 2m); // 2 × 4000 × 50 = 400,000
        book.SetPosition(Aapl, -500m); // 50,000

        Assert.Equal(450_000m, book.GrossNotional);
        Assert.True(Check(book, Sell(500m, 100m)).IsAccepted);
        var decision = Check(book, Sell(501m, 100m));

        Assert.Equal(RiskReason.MaxGrossNotionalExceeded, decision.Reason);
        Assert.Equal(500_100m, decision.Observed);
        Assert.True(Check(book, Buy(1_000m, 100m)).IsAccepted); // turns −500 into +500: gross unchanged
    }

    [Fact]
    public void Projected_margin_above_the_utilisation_limit_is_refused()
    {
        // equity 100,000 × 0.5 → 50,000 of margin allowed
        var book = Book(new RiskLimits { MaxMarginUtilisation = 0.5m }, equity: 100_000m);
        book.SetPosition(Es, 3m); // 36,000 per-contract margin

        Assert.Equal(36_000m, book.MarginUsed);
        Assert.True(Check(book, Buy(560m, 100m)).IsAccepted); // + 560 × 100 × 25% = 14,000
        var decision = Check(book, Buy(561m, 100m));

        Assert.Equal(RiskReason.MarginUtilisationExceeded, decision.Reason);
        Assert.Equal(50_000m, decision.Limit);
        Assert.Equal(50_025m, decision.Observed);
        Assert.Equal(RiskReason.MarginUtilisationExceeded, Check(book, Buy(2m, 4000m, Es)).Reason);
    }

    [Fact]
    public void Margin_limit_refuses_new_exposure_while_equity_is_not_positive()
    {
        var book = Book(new RiskLimits { MaxMarginUtilisation = 1m }, equity: 0m);

        Assert.Equal(RiskReason.MarginUtilisationExceeded, Check(book, Buy(1m, 100m)).Reason);
    }

    [Fact]
    public void Order_rate_limit_refuses_once_the_bucket_is_empty_and_admits_again_after_refill()
    {
        var book = Book(new RiskLimits { OrderRate = OrderRateLimit.PerSecond(ordersPerSecond: 2, burst: 2) });
        for (var i = 0; i < 2; i++)
        {
            var order = Buy(1m, 100m);
            Assert.True(Check(book, order).IsAccepted);
            book.OnOrderAccepted(order, T0);
        }

        Assert.Equal(RiskReason.OrderRateExceeded, Check(book, Buy(1m, 100m)).Reason);
        Assert.Equal(RiskReason.OrderRateExceeded, Check(book, Buy(1m, 100m), now: T0.AddNanos(499_999_999)).Reason);
        Assert.True(Check(book, Buy(1m, 100m), now: T0.AddNanos(500_000_000)).IsAccepted);
    }

    [Fact]
    public void Refused_orders_do_not_use_order_rate_tokens()
    {
        var book = Book(new RiskLimits { OrderRate = OrderRateLimit.PerSecond(1, 1), MaxOrderQuantity = 10m });

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(RiskReason.MaxOrderQuantityExceeded, Check(book, Buy(11m, 100m)).Reason);
        }

        Assert.True(Check(book, Buy(1m, 100m)).IsAccepted);
        Assert.Equal(1, book.OrderRate!.Available(T0));
    }

    [Fact]
    public void Rules_are_evaluated_in_the_documented_order_and_the_first_failure_wins()
    {
        var book = Book(new RiskLimits { MaxOrderQuantity = 10m, CollarMaxDeviationFraction = 0.01m, MaxPositionQuantity = 5m });

        Assert.Equal(RiskReason.MaxOrderQuantityExceeded, Check(book, Buy(11m, 200m)).Reason);
        Assert.Equal(RiskReason.PriceCollarBreached, Check(book, Buy(10m, 200m)).Reason);
        Assert.Equal(RiskReason.MaxPositionExceeded, Check(book, Buy(10m, 100m)).Reason);
    }

    [Fact]
    public void Account_rule_is_reported_before_the_same_rule_on_the_strategy()
    {
        var account = Book(new RiskLimits { MaxOrderQuantity = 10m });
        var strategy = Book(new RiskLimits { MaxOrderQuantity = 5m }, RiskScope.Strategy);

        Assert.Equal(RiskScope.Account, Check(account, Buy(11m, 100m), strategy).Scope);
        var decision = Check(account, Buy(6m, 100m), strategy);
        Assert.Equal(RiskReason.MaxOrderQuantityExceeded, decision.Reason);
        Assert.Equal(RiskScope.Strategy, decision.Scope);
    }

    [Fact]
    public void Breached_daily_drawdown_refuses_new_risk()
    {
        var book = Book(new RiskLimits { MaxDailyDrawdownFraction = 0.05m, DrawdownAction = DrawdownAction.ReduceOnly });
        book.SetPosition(Aapl, 10m);
        book.UpdateEquity(940_000m, T0.AddNanos(1));
        book.SetTradingState(TradingState.Active, T0.AddNanos(2)); // an operator re-activates; the breach still holds today

        var decision = Check(book, Buy(1m, 100m));
        Assert.Equal(RiskReason.DailyDrawdownBreached, decision.Reason);
        Assert.Equal(60_000m, decision.Observed);
        Assert.Equal(50_000m, decision.Limit);
        Assert.True(Check(book, Sell(10m, 100m)).IsAccepted);
    }

    [Fact]
    public void Every_reason_has_a_summary_and_a_description()
    {
        foreach (var reason in Enum.GetValues<RiskReason>())
        {
            var decision = new RiskDecision(reason, RiskScope.Account, 1m, 2m);
            Assert.DoesNotContain("Unknown risk reason", decision.Summary, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(decision.Describe()));
            Assert.Equal(reason < RiskReason.InvalidOrder, decision.IsAccepted);
        }
    }

    [Fact]
    public void Accepted_order_is_counted_as_open_until_filled_or_released()
    {
        var book = Book(new RiskLimits { MaxPositionQuantity = 10m });
        var order = Buy(8m, 100m);
        book.OnOrderAccepted(order, T0);

        Assert.Equal(RiskReason.MaxPositionExceeded, Check(book, Buy(3m, 100m)).Reason);
        book.OnFill(Aapl, OrderSide.Buy, new Quantity(5m));
        Assert.True(book.TryGetInstrument(Aapl, out var state));
        Assert.Equal(5m, state.NetQuantity);
        Assert.Equal(3m, state.OpenBuyQuantity);
        book.OnOrderReleased(Aapl, OrderSide.Buy, new Quantity(3m));
        Assert.Equal(0m, state.OpenBuyQuantity);
        Assert.True(Check(book, Buy(5m, 100m)).IsAccepted);
    }
}
