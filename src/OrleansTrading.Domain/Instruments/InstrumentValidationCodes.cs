namespace OrleansTrading.Domain.Instruments;

/// <summary>Reason codes of the instrument's price and quantity checks (<see cref="Instrument.CheckPrice"/>, <see cref="Instrument.CheckQuantity(decimal, string)"/>).</summary>
public static class InstrumentValidationCodes
{
    /// <summary>The quantity is zero or negative.</summary>
    public const string QuantityNotPositive = "QUANTITY_NOT_POSITIVE";

    /// <summary>The quantity is not a whole multiple of the instrument's lot size.</summary>
    public const string QuantityNotLotMultiple = "QUANTITY_NOT_LOT_MULTIPLE";

    /// <summary>The price is zero or negative on an instrument that only trades at positive prices.</summary>
    public const string PriceNotPositive = "PRICE_NOT_POSITIVE";

    /// <summary>The price is not a whole multiple of the instrument's tick size.</summary>
    public const string PriceOffTickGrid = "PRICE_OFF_TICK_GRID";
}
