using OrleansTrading.Domain.Time;
using OrleansTrading.VenueSimulator.Matching;

namespace OrleansTrading.VenueSimulator.Behaviours;

/// <summary>
/// One outbound report with its delivery instructions: send <see cref="Event"/> to <see cref="Recipient"/> at
/// <see cref="DueAt"/> (reports due at the same time go in list order). A duplicate repeats the previous report
/// unchanged — same ExecID — as a new message flagged as a possible duplicate (PossDupFlag 43=Y with OrigSendingTime,
/// or PossResend 97=Y). When <see cref="DropConnectionAfter"/> is set, disconnect right after sending it.
/// </summary>
public sealed record ScheduledReport(UnixNanos DueAt, VenueEvent Event, bool IsDuplicate, bool DropConnectionAfter)
{
    public ParticipantId Recipient => Event.Recipient;
}
