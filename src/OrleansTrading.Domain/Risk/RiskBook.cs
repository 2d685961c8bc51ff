using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Risk;

/// <summary>
/// The risk state of one account or one strategy: limits, trading state, per-instrument positions, open orders and
/// last prices, equity with its daily drawdown tracker, and the order-rate bucket. The owning grain feeds it events
/// (prices, positions, fills, order lifecycle, equity) and <see cref="PreTradeRiskCheck"/> reads it. Gross notional
/// and margin are kept up to date on every change, so the check reads them in O(1).
/// Amounts are in the book's currency (each instrument profile carries its FX rate into it).
/// </summary>
public sealed class RiskBook
{
    private readonly Dictionary<InstrumentId, InstrumentRiskState> _instruments = [];
    private DailyDrawdownTracker _drawdown;

    public RiskBook(RiskScope scope, RiskLimits limits, UnixNanos now, RiskBookState? state = null)
    {
        if (scope is not (RiskScope.Account or RiskScope.Strategy))
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, "A risk book is kept for an account or a strategy.");
        }

        ArgumentNullException.ThrowIfNull(limits);
        limits.EnsureValid();
        state ??= RiskBookState.Initial;
        if (!Enum.IsDefined(state.TradingState))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state.TradingState, "Unknown trading state in the restored risk book state.");
        }

        Scope = scope;
        Limits = limits;
        TradingState = state.TradingState;
        RestrictedByDrawdown = state.RestrictedByDrawdown;
        _drawdown = NewTracker(limits, state.Drawdown);
        OrderRate = limits.OrderRate is { } rate ? new TokenBucket(rate, now) : null;
        UpdateMarginAllowance();
    }

    public RiskScope Scope { get; }

    public RiskLimits Limits { get; private set; }

    public TradingState TradingState { get; private set; }

    /// <summary>True when the current restriction was set by a drawdown breach (and may lift at the next trading day).</summary>
    public bool RestrictedByDrawdown { get; private set; }

    public TokenBucket? OrderRate { get; private set; }

    public DailyDrawdownTracker Drawdown => _drawdown;

    /// <summary>Last equity given to <see cref="UpdateEquity"/>; zero until then (so a margin limit refuses until equity is known).</summary>
    public decimal Equity { get; private set; }

    /// <summary>Σ over instruments of exposure quantity × |last price| × multiplier × FX.</summary>
    public decimal GrossNotional { get; private set; }

    /// <summary>Σ over instruments of the initial margin of the exposure quantity.</summary>
    public decimal MarginUsed { get; private set; }

    /// <summary>Margin allowed by the utilisation limit: utilisation × max(equity, 0); null when there is no limit.</summary>
    public decimal? MarginAllowance { get; private set; }

    public int InstrumentCount => _instruments.Count;

    public RiskBookState ToState() => new(TradingState, RestrictedByDrawdown, _drawdown.State);

    public bool TryGetInstrument(InstrumentId instrument, out InstrumentRiskState state) =>
        _instruments.TryGetValue(instrument, out state!);

    internal InstrumentRiskState? Find(InstrumentId instrument) =>
        _instruments.TryGetValue(instrument, out var state) ? state : null;

    /// <summary>Adds an instrument, or replaces its profile (e.g. a new FX rate or margin), keeping position and orders.</summary>
    public void Register(InstrumentRiskProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (_instruments.TryGetValue(profile.InstrumentId, out var existing))
        {
            existing.Profile = profile;
            existing.ApplyLimits(Limits);
            Revalue(existing);
            return;
        }

        _instruments.Add(profile.InstrumentId, new InstrumentRiskState(profile, Limits));
    }

    /// <summary>
    /// Replaces the limits (validated first; nothing changes if they are invalid). A changed rate limit starts a full
    /// bucket; changed drawdown limits re-judge today's breach on the current drawdown; a changed trading-day start
    /// restarts the drawdown session at the next equity mark. The trading state itself is never changed here.
    /// </summary>
    public void SetLimits(RiskLimits limits, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(limits);
        limits.EnsureValid();
        var tracker = _drawdown;
        if (limits.TradingDayStartUtc != Limits.TradingDayStartUtc)
        {
            tracker = NewTracker(limits, DrawdownState.Empty);
        }
        else if (limits.MaxDailyDrawdownAmount != Limits.MaxDailyDrawdownAmount || limits.MaxDailyDrawdownFraction != Limits.MaxDailyDrawdownFraction)
        {
            tracker = NewTracker(limits, _drawdown.State).Rejudged();
        }

        Limits = limits;
        _drawdown = tracker;
        if (limits.OrderRate != OrderRate?.Limit)
        {
            OrderRate = limits.OrderRate is { } rate ? new TokenBucket(rate, now) : null;
        }

        foreach (var instrument in _instruments.Values)
        {
            instrument.ApplyLimits(limits);
        }

        UpdateMarginAllowance();
    }

    /// <summary>Sets the trading state by hand. Returns the change to persist, or null when it was already in that state.</summary>
    public TradingStateChange? SetTradingState(TradingState state, UnixNanos at)
    {
        if (!Enum.IsDefined(state))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "Trading state must be Active, ReduceOnly or Halted.");
        }

        RestrictedByDrawdown = false;
        return Transition(state, TradingStateChangeCause.Manual, at);
    }

    public void UpdateLastPrice(InstrumentId instrument, Price price)
    {
        var state = Require(instrument);
        state.SetLastPrice(price.Value, Limits);
        Revalue(state);
    }

    /// <summary>Sets the net position from its authoritative source (the position grain), e.g. after a restart.</summary>
    public void SetPosition(InstrumentId instrument, decimal netQuantity)
    {
        var state = Require(instrument);
        state.NetQuantity = netQuantity;
        Revalue(state);
    }

    /// <summary>Sets an instrument's open order quantities from their source (the order grains), e.g. after a restart.</summary>
    public void SetOpenOrders(InstrumentId instrument, Quantity openBuys, Quantity openSells)
    {
        var state = Require(instrument);
        state.OpenBuyQuantity = openBuys.Value;
        state.OpenSellQuantity = openSells.Value;
        Revalue(state);
    }

    /// <summary>Records an order the check accepted and that is being submitted: counts it as open and takes an order-rate token.</summary>
    public void OnOrderAccepted(in OrderCandidate order, UnixNanos now)
    {
        var state = Require(order.Instrument);
        AddOpen(state, order.Side, order.Quantity.Value);
        OrderRate?.TryTake(now);
        Revalue(state);
    }

    /// <summary>
    /// Removes quantity that will no longer fill (cancelled, rejected, expired, replaced-down) from the open orders.
    /// Open quantity never goes below zero: orders placed before the book was rebuilt are not counted in it.
    /// </summary>
    public void OnOrderReleased(InstrumentId instrument, OrderSide side, Quantity quantity)
    {
        var state = Require(instrument);
        AddOpen(state, side, -Math.Min(quantity.Value, OpenOf(state, side)));
        Revalue(state);
    }

    /// <summary>Moves a fill from open orders into the net position (open quantity floored at zero, as above).</summary>
    public void OnFill(InstrumentId instrument, OrderSide side, Quantity quantity)
    {
        var state = Require(instrument);
        AddOpen(state, side, -Math.Min(quantity.Value, OpenOf(state, side)));
        state.NetQuantity += side.Sign() * quantity.Value;
        Revalue(state);
    }

    /// <summary>
    /// Records an equity mark: updates the session high-water mark and drawdown, and applies the trading-state change a
    /// breach (or, when configured, a new trading day after a breach) causes. The change is returned for the owner to persist.
    /// </summary>
    public EquityUpdate UpdateEquity(decimal equity, UnixNanos at)
    {
        var update = _drawdown.Observe(equity, at);
        Equity = equity;
        UpdateMarginAllowance();
        TradingStateChange? change = null;
        if (update.NewTradingDay && RestrictedByDrawdown && Limits.ReactivateAtNewTradingDay && !update.Breached)
        {
            RestrictedByDrawdown = false;
            change = Transition(TradingState.Active, TradingStateChangeCause.NewTradingDay, at);
        }

        if (update.NewlyBreached)
        {
            var target = Limits.DrawdownAction == DrawdownAction.Halt ? TradingState.Halted : TradingState.ReduceOnly;
            if (target > TradingState)
            {
                RestrictedByDrawdown = true;
                change = Transition(target, TradingStateChangeCause.DailyDrawdown, at);
            }
        }

        return update with { StateChange = change };
    }

    private TradingStateChange? Transition(TradingState to, TradingStateChangeCause cause, UnixNanos at)
    {
        var from = TradingState;
        if (from == to)
        {
            return null;
        }

        TradingState = to;
        return new TradingStateChange(from, to, cause, at);
    }

    private InstrumentRiskState Require(InstrumentId instrument) =>
        _instruments.TryGetValue(instrument, out var state)
            ? state
            : throw new KeyNotFoundException($"{Scope} risk book has no profile for {instrument}; register it first.");

    private static decimal OpenOf(InstrumentRiskState state, OrderSide side) =>
        side == OrderSide.Buy ? state.OpenBuyQuantity : state.OpenSellQuantity;

    private static void AddOpen(InstrumentRiskState state, OrderSide side, decimal quantity)
    {
        if (side == OrderSide.Buy)
        {
            state.OpenBuyQuantity += quantity;
        }
        else if (side == OrderSide.Sell)
        {
            state.OpenSellQuantity += quantity;
        }
        else
        {
            throw new ArgumentOutOfRangeException(nameof(side), side, "Side must be Buy or Sell.");
        }
    }

    private void Revalue(InstrumentRiskState state)
    {
        var quantity = state.ExposureQuantity;
        var gross = state.HasLastPrice ? state.NotionalOf(quantity, state.LastPrice) : 0m;
        var margin = state.HasLastPrice || !state.MarginNeedsPrice ? state.MarginOf(quantity, state.LastPrice) : 0m;
        GrossNotional += gross - state.GrossContribution;
        MarginUsed += margin - state.MarginContribution;
        state.GrossContribution = gross;
        state.MarginContribution = margin;
    }

    private void UpdateMarginAllowance() => MarginAllowance = Limits.MaxMarginUtilisation * Math.Max(Equity, 0m);

    private static DailyDrawdownTracker NewTracker(RiskLimits limits, DrawdownState state) =>
        new(limits.TradingDayStartUtc, limits.MaxDailyDrawdownFraction, limits.MaxDailyDrawdownAmount, state);
}
