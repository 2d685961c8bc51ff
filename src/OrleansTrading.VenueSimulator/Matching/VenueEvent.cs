using OrleansTrading.Domain.Time;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// Something the venue tells a participant: every book operation returns these, in the order they happened, and a
/// FIX adapter turns each into one outbound message (an ExecutionReport, or an OrderCancelReject).
/// </summary>
/// <param name="Timestamp">When it happened: the time the operation was given (FIX TransactTime).</param>
public abstract record VenueEvent(UnixNanos Timestamp)
{
    /// <summary>The participant the event is addressed to (the owner of the order or of the request).</summary>
    public abstract ParticipantId Recipient { get; }
}
