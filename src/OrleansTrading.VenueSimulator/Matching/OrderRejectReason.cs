namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>Why a new order was rejected. Values are FIX OrdRejReason (103) codes.</summary>
public enum OrderRejectReason
{
    /// <summary>The venue chose to reject it (a configured behaviour).</summary>
    BrokerOption = 0,
    UnknownSymbol = 1,
    DuplicateOrder = 6,
    /// <summary>Missing or superfluous prices for the order type, an unsupported type, side or time in force.</summary>
    UnsupportedOrderCharacteristic = 11,
    /// <summary>Not positive, or not a whole number of lots.</summary>
    IncorrectQuantity = 13,
    /// <summary>Anything else, e.g. a price off the tick grid or an expiry time already past; the text says what.</summary>
    Other = 99,
}
