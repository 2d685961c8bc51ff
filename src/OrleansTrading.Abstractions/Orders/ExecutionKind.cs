namespace OrleansTrading.Abstractions.Orders;

/// <summary>What an execution report reports (FIX ExecType, 150).</summary>
public enum ExecutionKind
{
    New,
    Trade,
    DoneForDay,
    Canceled,
    Replaced,
    PendingCancel,
    Stopped,
    Rejected,
    Suspended,
    PendingNew,
    Expired,
    Restated,
    PendingReplace,
    TradeCorrect,
    TradeCancel,
    OrderStatus,
}
