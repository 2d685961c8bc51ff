using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Instruments;

/// <summary>
/// Reference data for one tradable instrument: what a valid price and quantity look like and how a price
/// times a quantity becomes cash. Notional = price × quantity × multiplier, in the quote currency.
/// </summary>
public sealed record Instrument
{
    public Instrument(
        InstrumentId id,
        AssetClass assetClass,
        Currency quoteCurrency,
        decimal tickSize,
        Quantity lotSize,
        decimal multiplier = 1m)
    {
        if (tickSize <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(tickSize), tickSize, $"Instrument {id}: tick size must be positive.");
        }

        if (!lotSize.IsPositive)
        {
            throw new ArgumentOutOfRangeException(nameof(lotSize), lotSize, $"Instrument {id}: lot size must be positive.");
        }

        if (multiplier <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, $"Instrument {id}: multiplier must be positive.");
        }

        Id = id;
        AssetClass = assetClass;
        QuoteCurrency = quoteCurrency;
        TickSize = tickSize;
        LotSize = lotSize;
        Multiplier = multiplier;
    }

    public InstrumentId Id { get; }

    public AssetClass AssetClass { get; }

    public Currency QuoteCurrency { get; }

    /// <summary>Smallest price increment; every valid price is a whole multiple of it.</summary>
    public decimal TickSize { get; }

    /// <summary>Smallest quantity increment; every valid order quantity is a whole multiple of it.</summary>
    public Quantity LotSize { get; }

    /// <summary>Cash value of a one-point price move for one unit (1 for cash equities, e.g. 50 for ES futures).</summary>
    public decimal Multiplier { get; }

    /// <summary>
    /// When the instrument's sessions are open, in the venue's time zone. Defaults to always open in UTC (crypto
    /// style); set it for anything that trades on a calendar, since Day orders expire at its session end.
    /// </summary>
    public TradingSchedule Schedule { get; init; } = TradingSchedule.AlwaysOpenUtc;

    /// <summary>
    /// True for instruments that can trade at zero or negative prices (calendar spreads, some energy futures);
    /// false (the default) makes <see cref="CheckPrice"/> refuse prices that are not positive.
    /// </summary>
    public bool AllowsNonPositivePrices { get; init; }

    public bool IsOnTickGrid(Price price) => decimal.Remainder(price.Value, TickSize) == 0m;

    public bool IsLotMultiple(Quantity quantity) => decimal.Remainder(quantity.Value, LotSize.Value) == 0m;

    /// <summary>
    /// Null when <paramref name="price"/> is a valid price for this instrument (positive unless
    /// <see cref="AllowsNonPositivePrices"/>, and on the tick grid), otherwise the reason, naming <paramref name="field"/>.
    /// </summary>
    public ValidationError? CheckPrice(Price price, string field = "price")
    {
        if (!AllowsNonPositivePrices && price.Value <= 0m)
        {
            return new ValidationError(
                field,
                InstrumentValidationCodes.PriceNotPositive,
                $"{field} {price} must be positive for {Id}.");
        }

        if (!IsOnTickGrid(price))
        {
            return new ValidationError(
                field,
                InstrumentValidationCodes.PriceOffTickGrid,
                $"{field} {price} is not on the tick grid of {Id}: it must be a multiple of {TickSize} (nearest valid: {RoundToTick(price, MidpointRounding.ToNegativeInfinity)} or {RoundToTick(price, MidpointRounding.ToPositiveInfinity)}).");
        }

        return null;
    }

    /// <summary>
    /// Null when <paramref name="quantity"/> is a valid order quantity (positive and a whole number of lots),
    /// otherwise the reason, naming <paramref name="field"/>. Takes a raw decimal so the API layer can check a
    /// negative input before it builds a <see cref="Quantity"/>.
    /// </summary>
    public ValidationError? CheckQuantity(decimal quantity, string field = "quantity")
    {
        if (quantity <= 0m)
        {
            return new ValidationError(
                field,
                InstrumentValidationCodes.QuantityNotPositive,
                $"{field} {quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)} must be positive.");
        }

        if (decimal.Remainder(quantity, LotSize.Value) != 0m)
        {
            return new ValidationError(
                field,
                InstrumentValidationCodes.QuantityNotLotMultiple,
                $"{field} {quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not a multiple of the lot size {LotSize} of {Id}.");
        }

        return null;
    }

    /// <inheritdoc cref="CheckQuantity(decimal, string)"/>
    public ValidationError? CheckQuantity(Quantity quantity, string field = "quantity") => CheckQuantity(quantity.Value, field);

    /// <summary>
    /// <paramref name="price"/> moved onto the tick grid: <see cref="MidpointRounding.ToNegativeInfinity"/> gives the
    /// valid price at or below, <see cref="MidpointRounding.ToPositiveInfinity"/> the one at or above,
    /// <see cref="MidpointRounding.ToEven"/> the nearest.
    /// </summary>
    public Price RoundToTick(Price price, MidpointRounding rounding) =>
        new(decimal.Round(price.Value / TickSize, 0, rounding) * TickSize);

    /// <summary>Cash value of <paramref name="quantity"/> at <paramref name="price"/>, sign kept from the price.</summary>
    public Money Notional(Price price, Quantity quantity) => new(price.Value * quantity.Value * Multiplier, QuoteCurrency);
}
