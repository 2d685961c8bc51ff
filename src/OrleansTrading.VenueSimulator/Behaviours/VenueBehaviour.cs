using OrleansTrading.Domain.Values;

namespace OrleansTrading.VenueSimulator.Behaviours;

/// <summary>
/// How the simulated venue treats the orders a rule selects: what it decides (<see cref="Mode"/>) and how it delivers
/// the reports (delays, duplicates, order, a dropped connection). Data only: <see cref="SimulatedVenue"/> and
/// <see cref="DeliveryPlanner"/> carry it out; the FIX layer sends each <see cref="ScheduledReport"/> when it is due.
/// </summary>
public sealed record VenueBehaviour
{
    public static VenueBehaviour Default { get; } = new();

    public ExecutionMode Mode { get; init; } = ExecutionMode.Book;

    /// <summary>For <see cref="ExecutionMode.Fill"/>: the fill price; null fills at the order's own limit price.</summary>
    public Price? FillPrice { get; init; }

    /// <summary>For <see cref="ExecutionMode.Fill"/>: how many fills make up the order (whole lots; fewer when there are fewer lots).</summary>
    public int FillSlices { get; init; } = 1;

    /// <summary>Spacing between consecutive fills of one order that one operation produced (slices, or a sweep of the book).</summary>
    public TimeSpan FillInterval { get; init; }

    /// <summary>For <see cref="ExecutionMode.Reject"/>: the reject's Text (58).</summary>
    public string RejectText { get; init; } = "Rejected by the venue simulator's configured behaviour.";

    /// <summary>
    /// Delay of every answer to a request: acks (New), rejects, Replaced, client-requested Canceled, cancel rejects,
    /// status reports.
    /// </summary>
    public TimeSpan AckDelay { get; init; }

    /// <summary>Delay of every fill.</summary>
    public TimeSpan FillDelay { get; init; }

    /// <summary>How many extra copies of each ExecutionReport to send right after it, flagged as possible duplicates.</summary>
    public int DuplicateReports { get; init; }

    /// <summary>Deliver an order's fills before its New ack when both come from one operation (out of order on purpose).</summary>
    public bool FillsBeforeAck { get; init; }

    /// <summary>Drop the connection right after the N-th report planned under this rule (once per venue).</summary>
    public int? DropConnectionAfterMessages { get; init; }

    /// <summary>Null when the behaviour is usable; otherwise what is wrong and what is allowed.</summary>
    public string? Check()
    {
        if (!Enum.IsDefined(Mode))
        {
            return $"mode {(int)Mode} is unknown; use book, fill or reject.";
        }

        if (FillSlices < 1)
        {
            return $"fillSlices is {FillSlices}; give at least 1.";
        }

        if (FillInterval < TimeSpan.Zero || AckDelay < TimeSpan.Zero || FillDelay < TimeSpan.Zero)
        {
            return "delays and intervals cannot be negative.";
        }

        if (DuplicateReports < 0)
        {
            return $"duplicateReports is {DuplicateReports}; give 0 or more.";
        }

        if (DropConnectionAfterMessages < 1)
        {
            return $"dropConnectionAfterMessages is {DropConnectionAfterMessages}; give at least 1, or leave it out.";
        }

        if (FillPrice is not null && Mode != ExecutionMode.Fill)
        {
            return "fillPrice only applies to mode fill.";
        }

        return string.IsNullOrWhiteSpace(RejectText) ? "rejectText cannot be empty." : null;
    }
}
