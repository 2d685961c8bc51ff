namespace OrleansTrading.Domain.Orders;

/// <summary>Which request an OrderCancelReject answers. Values match FIX CxlRejResponseTo (434).</summary>
public enum CancelRejectResponseTo
{
    CancelRequest = 1,
    CancelReplaceRequest = 2,
}
