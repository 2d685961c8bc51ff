namespace OrleansTrading.Domain.Orders;

/// <summary>The kind of request of ours that awaits the venue's answer.</summary>
public enum PendingRequestKind
{
    Cancel,
    Replace,
}
