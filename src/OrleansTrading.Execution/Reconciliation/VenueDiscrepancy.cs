using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Execution.Reconciliation;

/// <summary>
/// One discrepancy between a venue and the platform. <see cref="Resolved"/> ones were settled automatically and are
/// informational; unresolved ones need a person (the alerting work routes them; docs/execution.md has the runbook).
/// </summary>
public sealed record VenueDiscrepancy(
    VenueId Venue,
    DiscrepancyKind Kind,
    bool Resolved,
    string Message,
    UnixNanos At)
{
    /// <summary>The order grain key, when the discrepancy concerns a known order.</summary>
    public string? OrderKey { get; init; }

    /// <summary>The ClOrdID the venue or the platform used.</summary>
    public string? ClientOrderId { get; init; }

    public string? ExecId { get; init; }

    public Quantity? VenueCumQty { get; init; }

    public Quantity? PlatformCumQty { get; init; }
}
