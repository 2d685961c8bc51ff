using OrleansTrading.VenueSimulator.Behaviours;

namespace OrleansTrading.VenueSimulator.Gateway;

/// <summary>A scheduled report on its way to a session, with the request context its message needs.</summary>
internal sealed record OutboundReport(ScheduledReport Scheduled, ReportContext Context);
