using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// A request to cancel an open order (FIX OrderCancelRequest). <paramref name="ClientOrderId"/> is the request's own,
/// new id (ClOrdID 11); the order is named by <paramref name="OrigClientOrderId"/> (any ClOrdID the order has had),
/// by <paramref name="VenueOrderId"/> (OrderID 37), or by both when they agree.
/// </summary>
public sealed record CancelOrderRequest(
    ParticipantId Participant,
    ClientOrderId ClientOrderId,
    InstrumentId Instrument,
    ClientOrderId? OrigClientOrderId = null,
    VenueOrderId? VenueOrderId = null);
