using System.Collections.Immutable;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Abstractions.Audit;

/// <summary>
/// One auditable action: who did what to which thing, when, and how it ended. Every state-changing API call
/// and admin action produces one.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.AuditRecord")]
public sealed record AuditRecord(
    [property: Id(0)] UnixNanos At,
    [property: Id(1)] string Actor,
    [property: Id(2)] string Action,
    [property: Id(3)] string Target,
    [property: Id(4)] string Outcome,
    [property: Id(5)] ImmutableDictionary<string, string> Details);
