using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Orders;

/// <summary>
/// The venue's refusal of a cancel or replace request (FIX OrderCancelReject, 35=9), decoded; apply it with
/// <see cref="Order.Apply(CancelReject, UnixNanos)"/>. It has no ExecID: it is matched by the request's ClOrdID.
/// </summary>
/// <param name="ClientOrderId">11: the ClOrdID of the refused request.</param>
/// <param name="OrdStatus">39: the order's status at the venue, when given.</param>
/// <param name="TransactTime">60 (or the message's sending time): becomes the event's TsEvent.</param>
public sealed record CancelReject(
    ClientOrderId ClientOrderId,
    CancelRejectResponseTo ResponseTo,
    CancelRejectReason Reason,
    UnixNanos TransactTime)
{
    /// <summary>41: the ClOrdID the refused request referred to.</summary>
    public ClientOrderId? OrigClientOrderId { get; init; }

    /// <summary>37: the venue's order id.</summary>
    public VenueOrderId? VenueOrderId { get; init; }

    public OrderStatus? OrdStatus { get; init; }

    /// <summary>58: free text.</summary>
    public string? Text { get; init; }
}
