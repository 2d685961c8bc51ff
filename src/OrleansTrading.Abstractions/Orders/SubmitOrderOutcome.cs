namespace OrleansTrading.Abstractions.Orders;

public enum SubmitOrderOutcome
{
    /// <summary>A new order was accepted and handed to its venue.</summary>
    Accepted,

    /// <summary>The same request was made before; this is that order, unchanged.</summary>
    Duplicate,

    /// <summary>Refused (invalid, risk, halted, or the id is used by a different request); nothing was changed.</summary>
    Refused,
}
