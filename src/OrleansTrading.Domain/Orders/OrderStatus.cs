namespace OrleansTrading.Domain.Orders;

/// <summary>
/// Order status: the FIX OrdStatus (39) states. <see cref="Initialized"/> is ours — accepted by the platform,
/// not yet handed to a venue — and has no FIX code.
/// </summary>
public enum OrderStatus
{
    Initialized,
    PendingNew,
    New,
    PartiallyFilled,
    Filled,
    PendingCancel,
    Canceled,
    PendingReplace,
    Replaced,
    Rejected,
    Expired,
    DoneForDay,
    Suspended,
}
