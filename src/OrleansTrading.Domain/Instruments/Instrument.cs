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

    public bool IsOnTickGrid(Price price) => decimal.Remainder(price.Value, TickSize) == 0m;

    public bool IsLotMultiple(Quantity quantity) => decimal.Remainder(quantity.Value, LotSize.Value) == 0m;

    /// <summary>Cash value of <paramref name="quantity"/> at <paramref name="price"/>, sign kept from the price.</summary>
    public Money Notional(Price price, Quantity quantity) => new(price.Value * quantity.Value * Multiplier, QuoteCurrency);
}
