using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// A venue event that becomes an ExecutionReport: it has its own <see cref="ExecId"/> (unique per book: the book's id
/// prefix and a sequence number, so the same inputs always give the same ids) and the order's state just after it.
/// </summary>
public abstract record ExecutionEvent(ExecId ExecId, UnixNanos Timestamp, OrderState Order) : VenueEvent(Timestamp)
{
    public override ParticipantId Recipient => Order.Participant;
}
