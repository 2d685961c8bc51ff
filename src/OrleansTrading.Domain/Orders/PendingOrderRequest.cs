using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Orders;

/// <summary>
/// A cancel or replace request of ours that the venue has not answered yet. For a replace, the requested values
/// (null = unchanged) are applied when the venue confirms with a Replaced report.
/// </summary>
/// <param name="ClientOrderId">The request's own ClOrdID.</param>
/// <param name="OrigClientOrderId">The ClOrdID of the order the request refers to (FIX OrigClOrdID).</param>
public sealed record PendingOrderRequest(
    PendingRequestKind Kind,
    ClientOrderId ClientOrderId,
    ClientOrderId OrigClientOrderId,
    UnixNanos RequestedAt)
{
    public Quantity? Quantity { get; init; }

    public Price? LimitPrice { get; init; }

    public Price? StopPrice { get; init; }
}
