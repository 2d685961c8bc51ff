namespace OrleansTrading.Domain.Orders;

/// <summary>
/// Reason codes for order requests and for our own commands on an order (cancel, replace, expire). The codes of the
/// instrument's price and quantity checks (<see cref="Instruments.InstrumentValidationCodes"/>) appear too. Argument
/// codes map to gRPC <c>INVALID_ARGUMENT</c>; the codes marked "state" to <c>FAILED_PRECONDITION</c>.
/// </summary>
public static class OrderValidationCodes
{
    public const string InstrumentMismatch = "INSTRUMENT_MISMATCH";
    public const string SideInvalid = "SIDE_INVALID";
    public const string OrderTypeInvalid = "ORDER_TYPE_INVALID";
    public const string TimeInForceInvalid = "TIME_IN_FORCE_INVALID";
    public const string LimitPriceRequired = "LIMIT_PRICE_REQUIRED";
    public const string LimitPriceNotAllowed = "LIMIT_PRICE_NOT_ALLOWED";
    public const string StopPriceRequired = "STOP_PRICE_REQUIRED";
    public const string StopPriceNotAllowed = "STOP_PRICE_NOT_ALLOWED";
    public const string ExpireTimeRequired = "EXPIRE_TIME_REQUIRED";
    public const string ExpireTimeNotAllowed = "EXPIRE_TIME_NOT_ALLOWED";
    public const string ExpireTimeNotInFuture = "EXPIRE_TIME_NOT_IN_FUTURE";

    /// <summary>Market orders take Day, IOC or FOK only: a market order that rests for days (GTC/GTD) is refused.</summary>
    public const string TimeInForceNotAllowedForMarket = "TIME_IN_FORCE_NOT_ALLOWED_FOR_MARKET";

    /// <summary>A replace request that changes neither quantity nor a price.</summary>
    public const string ReplaceChangesNothing = "REPLACE_CHANGES_NOTHING";

    /// <summary>State: a replace would set the order quantity below what has already been filled.</summary>
    public const string QuantityBelowFilled = "QUANTITY_BELOW_FILLED";

    /// <summary>State: the ClOrdID of a new request was already used for this order.</summary>
    public const string DuplicateClientOrderId = "DUPLICATE_CLIENT_ORDER_ID";

    /// <summary>State: the order is Filled, Canceled, Rejected or Expired.</summary>
    public const string OrderClosed = "ORDER_CLOSED";

    /// <summary>State: a cancel or replace request is already awaiting the venue's answer (one at a time).</summary>
    public const string RequestPending = "REQUEST_PENDING";

    /// <summary>State: the order's current status does not allow this command (see the transition table).</summary>
    public const string StatusDoesNotAllow = "STATUS_DOES_NOT_ALLOW";

    /// <summary>State: the order has no expiry (GTC, IOC, FOK).</summary>
    public const string NotExpirable = "NOT_EXPIRABLE";

    /// <summary>State: the order's expiry time has not been reached.</summary>
    public const string ExpiryNotDue = "EXPIRY_NOT_DUE";
}
