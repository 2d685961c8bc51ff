namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>Why an order (or its unfilled remainder) was canceled.</summary>
public enum CancelReason
{
    /// <summary>The client asked (OrderCancelRequest).</summary>
    ClientRequest,
    /// <summary>An IOC order's remainder after it took what it could.</summary>
    ImmediateOrCancel,
    /// <summary>A FOK order that could not be filled completely at once; nothing was filled.</summary>
    FillOrKill,
    /// <summary>A market order's remainder when the opposite side ran out.</summary>
    NoLiquidity,
    /// <summary>
    /// The order would have traded with a resting order of the same participant: the newer order (this one) loses
    /// its remainder, the resting order stays; fills made before reaching it stand.
    /// </summary>
    SelfTradePrevention,
}
