using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// A cancel or replace request was refused and nothing changed (FIX OrderCancelReject 35=9: ClOrdID is the request's,
/// OrigClOrdID and OrderID name the order, OrdStatus is the order's, CxlRejResponseTo, CxlRejReason, Text).
/// </summary>
/// <param name="Order">The order's current state when the request found one; null for an unknown order.</param>
public sealed record CancelRejected(
    UnixNanos Timestamp,
    ParticipantId Participant,
    InstrumentId Instrument,
    ClientOrderId ClientOrderId,
    ClientOrderId? OrigClientOrderId,
    VenueOrderId? VenueOrderId,
    CancelRequestKind ResponseTo,
    CancelRejectReason Reason,
    string Text,
    OrderState? Order)
    : VenueEvent(Timestamp)
{
    public override ParticipantId Recipient => Participant;

    /// <summary>OrdStatus for the reject: the order's, or Rejected when no order was found (as FIX asks).</summary>
    public OrderStatus OrderStatus => Order?.Status ?? OrderStatus.Rejected;
}
