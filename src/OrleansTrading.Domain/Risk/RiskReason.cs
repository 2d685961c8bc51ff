namespace OrleansTrading.Domain.Risk;

/// <summary>
/// Machine-readable outcome of a risk decision. Values are stable (they are persisted and audited): add new codes at
/// the end, never renumber. Codes below <see cref="InvalidOrder"/> accept; every other code refuses.
/// </summary>
public enum RiskReason
{
    Accepted = 0,

    /// <summary>Accepted although no reference price existed; the policy allowed it and price-based checks were skipped.</summary>
    AcceptedWithoutReferencePrice = 1,

    /// <summary>A cancel request: always allowed, in every trading state and with the kill switch engaged.</summary>
    CancelAllowed = 2,

    /// <summary>The order is malformed (quantity not positive, unknown side).</summary>
    InvalidOrder = 10,

    KillSwitchEngaged = 11,

    /// <summary>The book has no risk profile for the instrument, so no limit can be checked.</summary>
    UnknownInstrument = 12,

    TradingHalted = 13,

    /// <summary>The book is reduce-only and the order would increase |position| or cross flat.</summary>
    ReduceOnlyViolation = 14,

    DailyDrawdownBreached = 15,

    MaxOrderQuantityExceeded = 16,

    /// <summary>A reference price was needed and there is none, and the policy refuses.</summary>
    NoReferencePrice = 17,

    PriceCollarBreached = 18,

    MaxOrderNotionalExceeded = 19,

    MaxPositionExceeded = 20,

    MaxGrossNotionalExceeded = 21,

    MarginUtilisationExceeded = 22,

    OrderRateExceeded = 23,
}
