using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// An order status request named no order this participant has here (FIX: an ExecutionReport with ExecType I,
/// OrdStatus 8 Rejected, OrdRejReason 5 Unknown order, and <see cref="Text"/>).
/// </summary>
public sealed record OrderStatusRejected(
    UnixNanos Timestamp,
    ParticipantId Participant,
    InstrumentId Instrument,
    ClientOrderId? ClientOrderId,
    VenueOrderId? VenueOrderId,
    string Text)
    : VenueEvent(Timestamp)
{
    public override ParticipantId Recipient => Participant;
}
