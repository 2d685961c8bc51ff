namespace OrleansTrading.Domain.Orders;

/// <summary>Why the venue refused a cancel or replace. Values match FIX CxlRejReason (102).</summary>
public enum CancelRejectReason
{
    TooLateToCancel = 0,
    UnknownOrder = 1,
    BrokerOption = 2,
    AlreadyPendingCancelOrReplace = 3,
    UnableToProcessMassCancel = 4,
    OrigOrdModTimeMismatch = 5,
    DuplicateClOrdId = 6,
    Other = 99,
}
