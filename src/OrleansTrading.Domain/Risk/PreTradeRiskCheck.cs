using System.Runtime.CompilerServices;
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
    /// <summary>Cancels are always allowed: in every trading state, with the kill switch engaged, past every limit.</summary>
    public static RiskDecision EvaluateCancel() => RiskDecision.Cancel;

    public static RiskDecision Evaluate(in OrderCandidate order, RiskBook account, RiskBook? strategy, KillSwitchState killSwitch, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(account);
        var quantity = order.Quantity.Value;
        if (quantity <= 0m || order.Side is not (OrderSide.Buy or OrderSide.Sell))
        {
            return new RiskDecision(RiskReason.InvalidOrder, RiskScope.Order, 0m, quantity);
        }

        if (killSwitch != KillSwitchState.Released)
        {
            return new RiskDecision(RiskReason.KillSwitchEngaged, RiskScope.Global);
        }

        var a = account.Find(order.Instrument);
        if (a is null)
        {
            return new RiskDecision(RiskReason.UnknownInstrument, account.Scope);
        }

        InstrumentRiskState? s = null;
        if (strategy is not null)
        {
            s = strategy.Find(order.Instrument);
            if (s is null)
            {
                return new RiskDecision(RiskReason.UnknownInstrument, strategy.Scope);
            }
        }

        // Each rule runs over the account book, then the strategy book, before the next rule; the first failure wins.
        var withoutReference = false;
        var ap = default(Projection);
        var sp = default(Projection);
        RiskDecision d;
        if (TradingStateFails(account, a, order, out d) || (strategy is not null && TradingStateFails(strategy, s!, order, out d))
            || DrawdownFails(account, a, order, out d) || (strategy is not null && DrawdownFails(strategy, s!, order, out d))
            || OrderQuantityFails(account, quantity, out d) || (strategy is not null && OrderQuantityFails(strategy, quantity, out d))
            || ReferencePriceFails(account, a, order, ref withoutReference, out d) || (strategy is not null && ReferencePriceFails(strategy, s!, order, ref withoutReference, out d))
            || OrderNotionalFails(account, a, order, out d) || (strategy is not null && OrderNotionalFails(strategy, s!, order, out d))
            || PositionFails(account, a, order, ref ap, out d) || (strategy is not null && PositionFails(strategy, s!, order, ref sp, out d))
            || GrossNotionalFails(account, a, order, ref ap, out d) || (strategy is not null && GrossNotionalFails(strategy, s!, order, ref sp, out d))
            || MarginFails(account, a, order, ref ap, out d) || (strategy is not null && MarginFails(strategy, s!, order, ref sp, out d))
            || OrderRateFails(account, now, out d) || (strategy is not null && OrderRateFails(strategy, now, out d)))
        {
            return d;
        }

        return withoutReference ? RiskDecision.AcceptWithoutReferencePrice : RiskDecision.Accept;
    }

    private static bool Refuse(out RiskDecision decision, RiskReason reason, RiskBook book, decimal limit = 0m, decimal observed = 0m)
    {
        decision = new RiskDecision(reason, book.Scope, limit, observed);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Pass(out RiskDecision decision)
    {
        Unsafe.SkipInit(out decision);
        return false;
    }

    private static bool TradingStateFails(RiskBook book, InstrumentRiskState instrument, in OrderCandidate order, out RiskDecision decision) => book.TradingState switch
    {
        TradingState.Active => Pass(out decision),
        TradingState.ReduceOnly when instrument.IsReducing(order.Side, order.Quantity.Value) => Pass(out decision),
        TradingState.ReduceOnly => Refuse(out decision, RiskReason.ReduceOnlyViolation, book, 0m, order.Quantity.Value),
        _ => Refuse(out decision, RiskReason.TradingHalted, book),
    };

    private static bool DrawdownFails(RiskBook book, InstrumentRiskState instrument, in OrderCandidate order, out RiskDecision decision)
    {
        var drawdown = book.Drawdown;
        if (!drawdown.Breached
            || (book.Limits.DrawdownAction == DrawdownAction.ReduceOnly && instrument.IsReducing(order.Side, order.Quantity.Value)))
        {
            return Pass(out decision);
        }

        return Refuse(out decision, RiskReason.DailyDrawdownBreached, book, drawdown.LimitAmount(), drawdown.Drawdown);
    }

    private static bool OrderQuantityFails(RiskBook book, decimal quantity, out RiskDecision decision) =>
        book.Limits.MaxOrderQuantity is { } max && quantity > max
            ? Refuse(out decision, RiskReason.MaxOrderQuantityExceeded, book, max, quantity)
            : Pass(out decision);

    private static bool ReferencePriceFails(RiskBook book, InstrumentRiskState instrument, in OrderCandidate order, ref bool withoutReference, out RiskDecision decision)
    {
        if (!instrument.HasLastPrice)
        {
            var limits = book.Limits;
            if (order.IsMarket || limits.HasCollar)
            {
                if (limits.MissingReferencePrice == MissingReferencePricePolicy.Refuse)
                {
                    return Refuse(out decision, RiskReason.NoReferencePrice, book);
                }

                withoutReference = true;
            }

            return Pass(out decision);
        }

        var fractionWidth = instrument.CollarFractionWidth;
        var tickWidth = instrument.CollarTickWidth;
        if (order.OrderPrice is not { } price || (fractionWidth is null && tickWidth is null))
        {
            return Pass(out decision);
        }

        var deviation = Math.Abs(price.Value - instrument.LastPrice);
        if (fractionWidth is { } f && deviation > f)
        {
            return Refuse(out decision, RiskReason.PriceCollarBreached, book, f, deviation);
        }

        return tickWidth is { } t && deviation > t
            ? Refuse(out decision, RiskReason.PriceCollarBreached, book, t, deviation)
            : Pass(out decision);
    }

    private static bool OrderNotionalFails(RiskBook book, InstrumentRiskState instrument, in OrderCandidate order, out RiskDecision decision)
    {
        if (book.Limits.MaxOrderNotional is not { } max || !TryOrderPrice(instrument, order, out var price))
        {
            return Pass(out decision);
        }

        var notional = instrument.NotionalOf(order.Quantity.Value, price);
        return notional > max
            ? Refuse(out decision, RiskReason.MaxOrderNotionalExceeded, book, max, notional)
            : Pass(out decision);
    }

    private static bool PositionFails(RiskBook book, InstrumentRiskState instrument, in OrderCandidate order, ref Projection projection, out RiskDecision decision)
    {
        if (instrument.MaxPosition is not { } max)
        {
            return Pass(out decision);
        }

        projection.EnsureComputed(instrument, order);
        var after = projection.SideAfter;
        return after > max && after > projection.SideBefore
            ? Refuse(out decision, RiskReason.MaxPositionExceeded, book, max, after)
            : Pass(out decision);
    }

    private static bool GrossNotionalFails(RiskBook book, InstrumentRiskState instrument, in OrderCandidate order, ref Projection projection, out RiskDecision decision)
    {
        if (book.Limits.MaxGrossNotional is not { } max || !TryValuationPrice(instrument, order, out var price))
        {
            return Pass(out decision);
        }

        projection.EnsureComputed(instrument, order);
        var current = book.GrossNotional;
        var projected = current - instrument.GrossContribution + (projection.ExposureTimesPrice(price) * instrument.NotionalFactor);
        return projected > max && projected > current
            ? Refuse(out decision, RiskReason.MaxGrossNotionalExceeded, book, max, projected)
            : Pass(out decision);
    }

    private static bool MarginFails(RiskBook book, InstrumentRiskState instrument, in OrderCandidate order, ref Projection projection, out RiskDecision decision)
    {
        if (book.MarginAllowance is not { } allowed
            || (!TryValuationPrice(instrument, order, out var price) && instrument.MarginNeedsPrice))
        {
            return Pass(out decision);
        }

        projection.EnsureComputed(instrument, order);
        var current = book.MarginUsed;
        var margin = instrument.MarginPerContract
            ? projection.Exposure * instrument.MarginFactor
            : projection.ExposureTimesPrice(price) * instrument.MarginFactor;
        var projected = current - instrument.MarginContribution + margin;
        return projected > allowed && projected > current
            ? Refuse(out decision, RiskReason.MarginUtilisationExceeded, book, allowed, projected)
            : Pass(out decision);
    }

    private static bool OrderRateFails(RiskBook book, UnixNanos now, out RiskDecision decision) =>
        book.OrderRate is { } bucket && !bucket.CanTake(now)
            ? Refuse(out decision, RiskReason.OrderRateExceeded, book, bucket.Limit.Capacity)
            : Pass(out decision);

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
        private bool _valued;
        private decimal _exposureTimesPrice;

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

        /// <summary>Exposure × |valuation price|, shared by the gross-notional and margin rules (same price for both).</summary>
        public decimal ExposureTimesPrice(decimal price)
        {
            if (!_valued)
            {
                _exposureTimesPrice = Exposure * Math.Abs(price);
                _valued = true;
            }

            return _exposureTimesPrice;
        }
    }
}
