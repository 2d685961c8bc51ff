using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Execution.Delivery;

/// <summary>What reconciliation compares with the venue's answer: the order's status and executed quantity at the platform.</summary>
public sealed record PlatformOrderState(
    OrderStatus Status,
    Quantity Quantity,
    Quantity CumQty,
    ClientOrderId ClientOrderId,
    VenueOrderId? VenueOrderId)
{
    public bool IsTerminal => Status.IsTerminal();

    /// <summary>A cancel or replace of ours awaits the venue's answer.</summary>
    public bool HasPendingRequest => Status.IsPendingRequest();
}
