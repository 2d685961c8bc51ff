using OrleansTrading.Domain.Time;
using OrleansTrading.VenueSimulator.Matching;

namespace OrleansTrading.VenueSimulator.Gateway;

/// <summary>
/// The answer to a mass status request that finds no open order: one ExecutionReport with OrderID NONE, ExecType I,
/// OrdStatus 8, TotNumReports 0 and LastRptRequested Y, so the client knows the answer is complete.
/// </summary>
/// <param name="Symbol">The request's Symbol (55) when it named one, else NONE.</param>
internal sealed record NoOpenOrders(UnixNanos Timestamp, ParticipantId Participant, string Symbol) : VenueEvent(Timestamp)
{
    public override ParticipantId Recipient => Participant;
}
