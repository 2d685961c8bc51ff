namespace OrleansTrading.Abstractions.Orders;

public enum OrderEventKind
{
    Submitted,
    Accepted,
    Rejected,
    PartiallyFilled,
    Filled,
    CancelRequested,
    Canceled,
    CancelRejected,
    ReplaceRequested,
    Replaced,
    ReplaceRejected,
    Expired,
    DoneForDay,
    Suspended,
    Resumed,
    Restated,
    DiscrepancyDetected,
}
