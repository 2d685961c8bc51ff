using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Risk;

/// <summary>
/// The pre-trade risk check: a pure function of the order, the account book, the strategy book (optional), the global
/// kill switch and the time. It changes nothing (the owner records an accepted order with
/// <see cref="RiskBook.OnOrderAccepted"/>) and allocates nothing.
/// <para>Order of evaluation; the first failure is returned:</para>
/// <list type="number">
/// <item>order well-formed (quantity &gt; 0, side Buy/Sell) → <see cref="RiskReason.InvalidOrder"/></item>
/// <item>global kill switch → <see cref="RiskReason.KillSwitchEngaged"/></item>
/// <item>instrument known to the account book, then the strategy book → <see cref="RiskReason.UnknownInstrument"/></item>
/// </list>
/// <para>then each rule below over the account book, then over the strategy book, before the next rule:</para>
/// <list type="number">
/// <item>trading state → <see cref="RiskReason.TradingHalted"/>, <see cref="RiskReason.ReduceOnlyViolation"/></item>
/// <item>daily drawdown → <see cref="RiskReason.DailyDrawdownBreached"/></item>
/// <item>max order quantity → <see cref="RiskReason.MaxOrderQuantityExceeded"/></item>
/// <item>reference price and price collar → <see cref="RiskReason.NoReferencePrice"/>, <see cref="RiskReason.PriceCollarBreached"/></item>
/// <item>max order notional → <see cref="RiskReason.MaxOrderNotionalExceeded"/></item>
/// <item>max position → <see cref="RiskReason.MaxPositionExceeded"/></item>
/// <item>gross notional → <see cref="RiskReason.MaxGrossNotionalExceeded"/></item>
/// <item>margin utilisation → <see cref="RiskReason.MarginUtilisationExceeded"/></item>
/// <item>order rate → <see cref="RiskReason.OrderRateExceeded"/> (last, so only an otherwise acceptable order meets it)</item>
/// </list>
/// </summary>
public static class PreTradeRiskCheck
{
    private enum Rule
    {
        TradingState,
        DailyDrawdown,
        OrderQuantity,
        ReferencePrice,
        OrderNotional,
        Position,
        GrossNotional,
        Margin,
        OrderRate,
    }

    /// <summary>Cancels are always allowed: in every trading state, with the kill switch engaged, past every limit.</summary>
    public static RiskDecision EvaluateCancel() => RiskDecision.Cancel;

    public static RiskDecision Evaluate(in OrderCandidate order, RiskBook account, RiskBook? strategy, KillSwitchState killSwitch, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (!order.Quantity.IsPositive || order.Side is not (OrderSide.Buy or OrderSide.Sell))
        {
            return new RiskDecision(RiskReason.InvalidOrder, RiskScope.Order, 0m, order.Quantity.Value);
        }

        if (killSwitch != KillSwitchState.Released)
        {
            return new RiskDecision(RiskReason.KillSwitchEngaged, RiskScope.Global);
        }

        var accountInstrument = account.Find(order.Instrument);
        if (accountInstrument is null)
        {
            return new RiskDecision(RiskReason.UnknownInstrument, account.Scope);
        }

        InstrumentRiskState? strategyInstrument = null;
        if (strategy is not null)
        {
            strategyInstrument = strategy.Find(order.Instrument);
            if (strategyInstrument is null)
            {
                return new RiskDecision(RiskReason.UnknownInstrument, strategy.Scope);
            }
        }

        var withoutReference = false;
        var accountProjection = default(Projection);
        var strategyProjection = default(Projection);
        for (var rule = Rule.TradingState; rule <= Rule.OrderRate; rule++)
        {
            var decision = Apply(rule, account, accountInstrument, order, now, ref accountProjection, ref withoutReference);
            if (decision.IsRejected)
            {
                return decision;
            }

            if (strategy is not null)
            {
                decision = Apply(rule, strategy, strategyInstrument!, order, now, ref strategyProjection, ref withoutReference);
                if (decision.IsRejected)
                {
                    return decision;
                }
            }
        }

        return withoutReference ? RiskDecision.AcceptWithoutReferencePrice : RiskDecision.Accept;
    }

    private static RiskDecision Apply(
        Rule rule,
        RiskBook book,
        InstrumentRiskState instrument,
        in OrderCandidate order,
        UnixNanos now,
        ref Projection projection,
        ref bool withoutReference) => rule switch
    {
        Rule.TradingState => CheckTradingState(book, instrument, order),
        Rule.DailyDrawdown => CheckDailyDrawdown(book, instrument, order),
        Rule.OrderQuantity => CheckOrderQuantity(book, order),
        Rule.ReferencePrice => CheckReferencePrice(book, instrument, order, ref withoutReference),
        Rule.OrderNotional => CheckOrderNotional(book, instrument, order),
        Rule.Position => CheckPosition(book, instrument, order, ref projection),
        Rule.GrossNotional => CheckGrossNotional(book, instrument, order, ref projection),
        Rule.Margin => CheckMargin(book, instrument, order, ref projection),
        Rule.OrderRate => CheckOrderRate(book, now),
        _ => RiskDecision.Accept,
    };

    private static RiskDecision CheckTradingState(RiskBook book, InstrumentRiskState instrument, in OrderCandidate order) => book.TradingState switch
    {
        TradingState.Halted => new RiskDecision(RiskReason.TradingHalted, book.Scope),
        TradingState.ReduceOnly when !instrument.IsReducing(order.Side, order.Quantity.Value) =>
            new RiskDecision(RiskReason.ReduceOnlyViolation, book.Scope, 0m, order.Quantity.Value),
        _ => RiskDecision.Accept,
    };

    private static RiskDecision CheckDailyDrawdown(RiskBook book, InstrumentRiskState instrument, in OrderCandidate order)
    {
        var drawdown = book.Drawdown;
        if (!drawdown.Breached)
        {
            return RiskDecision.Accept;
        }

        return book.Limits.DrawdownAction == DrawdownAction.ReduceOnly && instrument.IsReducing(order.Side, order.Quantity.Value)
            ? RiskDecision.Accept
            : new RiskDecision(RiskReason.DailyDrawdownBreached, book.Scope, drawdown.LimitAmount(), drawdown.Drawdown);
    }

    private static RiskDecision CheckOrderQuantity(RiskBook book, in OrderCandidate order) =>
        book.Limits.MaxOrderQuantity is { } max && order.Quantity.Value > max
            ? new RiskDecision(RiskReason.MaxOrderQuantityExceeded, book.Scope, max, order.Quantity.Value)
            : RiskDecision.Accept;

    private static RiskDecision CheckReferencePrice(RiskBook book, InstrumentRiskState instrument, in OrderCandidate order, ref bool withoutReference)
    {
        var limits = book.Limits;
        if (!instrument.HasLastPrice)
        {
            if (order.IsMarket || limits.HasCollar)
            {
                if (limits.MissingReferencePrice == MissingReferencePricePolicy.Refuse)
                {
                    return new RiskDecision(RiskReason.NoReferencePrice, book.Scope);
                }

                withoutReference = true;
            }

            return RiskDecision.Accept;
        }

        if (order.OrderPrice is not { } price || !limits.HasCollar)
        {
            return RiskDecision.Accept;
        }

        var deviation = Math.Abs(price.Value - instrument.LastPrice);
        if (instrument.CollarFractionWidth is { } fractionWidth && deviation > fractionWidth)
        {
            return new RiskDecision(RiskReason.PriceCollarBreached, book.Scope, fractionWidth, deviation);
        }

        if (instrument.CollarTickWidth is { } tickWidth && deviation > tickWidth)
        {
            return new RiskDecision(RiskReason.PriceCollarBreached, book.Scope, tickWidth, deviation);
        }

        return RiskDecision.Accept;
    }

    private static RiskDecision CheckOrderNotional(RiskBook book, InstrumentRiskState instrument, in OrderCandidate order)
    {
        if (book.Limits.MaxOrderNotional is not { } max || !TryOrderPrice(instrument, order, out var price))
        {
            return RiskDecision.Accept;
        }

        var notional = instrument.NotionalOf(order.Quantity.Value, price);
        return notional > max
            ? new RiskDecision(RiskReason.MaxOrderNotionalExceeded, book.Scope, max, notional)
            : RiskDecision.Accept;
    }

    private static RiskDecision CheckPosition(RiskBook book, InstrumentRiskState instrument, in OrderCandidate order, ref Projection projection)
    {
        if (instrument.MaxPosition is not { } max)
        {
            return RiskDecision.Accept;
        }

        projection.EnsureComputed(instrument, order);
        var after = projection.SideAfter;
        return after > max && after > projection.SideBefore
            ? new RiskDecision(RiskReason.MaxPositionExceeded, book.Scope, max, after)
            : RiskDecision.Accept;
    }

    private static RiskDecision CheckGrossNotional(RiskBook book, InstrumentRiskState instrument, in OrderCandidate order, ref Projection projection)
    {
        if (book.Limits.MaxGrossNotional is not { } max || !TryValuationPrice(instrument, order, out var price))
        {
            return RiskDecision.Accept;
        }

        projection.EnsureComputed(instrument, order);
        var current = book.GrossNotional;
        var projected = current - instrument.GrossContribution + instrument.NotionalOf(projection.Exposure, price);
        return projected > max && projected > current
            ? new RiskDecision(RiskReason.MaxGrossNotionalExceeded, book.Scope, max, projected)
            : RiskDecision.Accept;
    }

    private static RiskDecision CheckMargin(RiskBook book, InstrumentRiskState instrument, in OrderCandidate order, ref Projection projection)
    {
        if (book.MarginAllowance is not { } allowed)
        {
            return RiskDecision.Accept;
        }

        if (!TryValuationPrice(instrument, order, out var price) && instrument.MarginNeedsPrice)
        {
            return RiskDecision.Accept;
        }

        projection.EnsureComputed(instrument, order);
        var current = book.MarginUsed;
        var projected = current - instrument.MarginContribution + instrument.MarginOf(projection.Exposure, price);
        return projected > allowed && projected > current
            ? new RiskDecision(RiskReason.MarginUtilisationExceeded, book.Scope, allowed, projected)
            : RiskDecision.Accept;
    }

    private static RiskDecision CheckOrderRate(RiskBook book, UnixNanos now) =>
        book.OrderRate is { } bucket && !bucket.CanTake(now)
            ? new RiskDecision(RiskReason.OrderRateExceeded, book.Scope, bucket.Limit.Capacity, 0m)
            : RiskDecision.Accept;

    /// <summary>The price the order can trade at: its own price, or the last price for a market order.</summary>
    private static bool TryOrderPrice(InstrumentRiskState instrument, in OrderCandidate order, out decimal price)
    {
        if (order.OrderPrice is { } own)
        {
            price = own.Value;
            return true;
        }

        price = instrument.LastPrice;
        return instrument.HasLastPrice;
    }

    /// <summary>The price exposure is valued at: the last price, or the order's own price when there is none yet.</summary>
    private static bool TryValuationPrice(InstrumentRiskState instrument, in OrderCandidate order, out decimal price)
    {
        if (instrument.HasLastPrice)
        {
            price = instrument.LastPrice;
            return true;
        }

        price = order.OrderPrice?.Value ?? 0m;
        return order.OrderPrice is not null;
    }

    /// <summary>The order's effect on one book's instrument exposure, computed at most once per check.</summary>
    private struct Projection
    {
        private bool _computed;

        public decimal Exposure;
        public decimal SideBefore;
        public decimal SideAfter;

        public void EnsureComputed(InstrumentRiskState instrument, in OrderCandidate order)
        {
            if (!_computed)
            {
                Exposure = instrument.ProjectedExposure(order.Side, order.Quantity.Value, out SideBefore, out SideAfter);
                _computed = true;
            }
        }
    }
}
