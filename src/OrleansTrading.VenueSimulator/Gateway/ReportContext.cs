using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;

namespace OrleansTrading.VenueSimulator.Gateway;

/// <summary>
/// What a report needs beyond its venue event, known only from the request that caused it: the status request's
/// OrdStatusReqID (790), the mass status request's MassStatusReqID (584) with TotNumReports (911) and
/// LastRptRequested (912), and for an ExecutionReport the gateway makes itself, its ExecID and the Side (54) to echo.
/// </summary>
internal sealed record ReportContext
{
    public static ReportContext None { get; } = new();

    public string? OrdStatusReqId { get; init; }

    public string? MassStatusReqId { get; init; }

    public int? TotNumReports { get; init; }

    public bool LastReportRequested { get; init; }

    public ExecId? ReplyExecId { get; init; }

    public char? Side { get; init; }
}
