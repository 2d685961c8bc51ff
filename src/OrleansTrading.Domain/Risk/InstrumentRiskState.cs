using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;

namespace OrleansTrading.Domain.Risk;

/// <summary>
/// One instrument inside a <see cref="RiskBook"/>: its profile, resolved position limit, net position, open order
/// quantity per side, last price and its current contribution to the book's gross notional and margin.
/// <para>
/// Exposure quantity is the worst case if every open order on one side fills:
/// max(|net + open buys|, |net − open sells|). Gross notional and margin are computed on it at the last price.
/// </para>
/// </summary>
public sealed class InstrumentRiskState
{
    private InstrumentRiskProfile _profile = null!;

    internal InstrumentRiskState(InstrumentRiskProfile profile, RiskLimits limits)
    {
        Profile = profile;
        ApplyLimits(limits);
    }

    public InstrumentRiskProfile Profile
    {
        get => _profile;
        internal set
        {
            _profile = value;
            NotionalFactor = value.Multiplier * value.FxRateToBook;
            MarginPerContract = value.Margin.Basis == MarginBasis.PerContract;
            MarginFactor = MarginPerContract
                ? value.Margin.Amount * value.FxRateToBook
                : value.Margin.Amount * value.Multiplier * value.FxRateToBook;
        }
    }

    public InstrumentId Instrument => Profile.InstrumentId;

    /// <summary>The position limit in force for this instrument (null: no limit).</summary>
    public decimal? MaxPosition { get; private set; }

    public decimal NetQuantity { get; internal set; }

    public decimal OpenBuyQuantity { get; internal set; }

    public decimal OpenSellQuantity { get; internal set; }

    public bool HasLastPrice { get; private set; }

    /// <summary>Last traded or mark price; meaningful only when <see cref="HasLastPrice"/>.</summary>
    public decimal LastPrice { get; private set; }

    /// <summary>Widest allowed |order price − last price| from the tick collar (ticks × tick size), or null.</summary>
    public decimal? CollarTickWidth { get; private set; }

    /// <summary>Widest allowed |order price − last price| from the fraction collar (fraction × |last|), or null.</summary>
    public decimal? CollarFractionWidth { get; private set; }

    /// <summary>This instrument's share of the book's gross notional (book currency).</summary>
    public decimal GrossContribution { get; internal set; }

    /// <summary>This instrument's share of the book's margin (book currency).</summary>
    public decimal MarginContribution { get; internal set; }

    /// <summary>|position| if every open order on the worse side fills: max(|net + open buys|, |net − open sells|).</summary>
    public decimal ExposureQuantity => Math.Max(Math.Abs(NetQuantity + OpenBuyQuantity), Math.Abs(NetQuantity - OpenSellQuantity));

    /// <summary>|position| if every open order on <paramref name="side"/> fills.</summary>
    public decimal SideExposure(OrderSide side) => side == OrderSide.Buy
        ? Math.Abs(NetQuantity + OpenBuyQuantity)
        : Math.Abs(NetQuantity - OpenSellQuantity);

    /// <summary>Multiplier × FX: notional of one unit at a price of 1, in the book currency.</summary>
    internal decimal NotionalFactor { get; private set; }

    /// <summary>Per unit: the per-contract margin × FX, or rate × multiplier × FX (to be multiplied by |price|).</summary>
    internal decimal MarginFactor { get; private set; }

    internal bool MarginPerContract { get; private set; }

    /// <summary>
    /// Exposure quantity after an extra order of <paramref name="quantity"/> on <paramref name="side"/>, and that side's
    /// exposure before and after it.
    /// </summary>
    internal decimal ProjectedExposure(OrderSide side, decimal quantity, out decimal sideBefore, out decimal sideAfter)
    {
        var buys = Math.Abs(NetQuantity + OpenBuyQuantity);
        var sells = Math.Abs(NetQuantity - OpenSellQuantity);
        if (side == OrderSide.Buy)
        {
            sideBefore = buys;
            sideAfter = Math.Abs(NetQuantity + OpenBuyQuantity + quantity);
            return Math.Max(sideAfter, sells);
        }

        sideBefore = sells;
        sideAfter = Math.Abs(NetQuantity - OpenSellQuantity - quantity);
        return Math.Max(buys, sideAfter);
    }

    /// <summary>True when an order cannot increase |position| or cross flat even if every open order on its side fills.</summary>
    internal bool IsReducing(OrderSide side, decimal quantity) => side == OrderSide.Buy
        ? NetQuantity + OpenBuyQuantity + quantity <= 0m
        : NetQuantity - OpenSellQuantity - quantity >= 0m;

    /// <summary>Notional of <paramref name="quantity"/> (unsigned) at <paramref name="price"/> in the book currency.</summary>
    internal decimal NotionalOf(decimal quantity, decimal price) => quantity * Math.Abs(price) * NotionalFactor;

    /// <summary>Initial margin of <paramref name="quantity"/> (unsigned) at <paramref name="price"/> in the book currency.</summary>
    internal decimal MarginOf(decimal quantity, decimal price) =>
        MarginPerContract ? quantity * MarginFactor : quantity * Math.Abs(price) * MarginFactor;

    /// <summary>Margin needs a price unless it is stated per contract (or is zero).</summary>
    internal bool MarginNeedsPrice => !MarginPerContract && MarginFactor != 0m;

    /// <summary>Sets the last price and the fraction collar width that depends on it.</summary>
    internal void SetLastPrice(decimal price, RiskLimits limits)
    {
        LastPrice = price;
        HasLastPrice = true;
        CollarFractionWidth = limits.CollarMaxDeviationFraction * Math.Abs(price);
    }

    /// <summary>Resolves the limits that are cached per instrument: position limit and collar widths.</summary>
    internal void ApplyLimits(RiskLimits limits)
    {
        MaxPosition = limits.MaxPositionFor(Instrument);
        CollarTickWidth = limits.CollarMaxDeviationTicks * Profile.TickSize;
        CollarFractionWidth = HasLastPrice ? limits.CollarMaxDeviationFraction * Math.Abs(LastPrice) : null;
    }
}
