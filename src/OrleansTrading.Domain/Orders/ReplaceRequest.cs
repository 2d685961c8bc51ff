using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Orders;

/// <summary>
/// A cancel/replace (FIX OrderCancelReplaceRequest): the new ClOrdID and the values to change; null keeps the
/// current value. Quantity is the new total order quantity (FIX OrderQty), not the remaining quantity.
/// </summary>
public sealed record ReplaceRequest(ClientOrderId NewClientOrderId)
{
    public Quantity? Quantity { get; init; }

    public Price? LimitPrice { get; init; }

    public Price? StopPrice { get; init; }
}
