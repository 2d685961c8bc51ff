using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// A request for one order's current state (FIX OrderStatusRequest), naming it by any ClOrdID it has had, by the
/// venue's order id, or both. Orders that are done (filled, canceled, expired) are still found until the end of day.
/// </summary>
public sealed record OrderStatusRequest(
    ParticipantId Participant,
    InstrumentId Instrument,
    ClientOrderId? ClientOrderId = null,
    VenueOrderId? VenueOrderId = null);
