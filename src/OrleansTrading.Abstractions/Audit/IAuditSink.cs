namespace OrleansTrading.Abstractions.Audit;

/// <summary>
/// Where audit records go. This wave writes an append-only JSON-lines file; the hash-chained, queryable audit log
/// of the next wave plugs in here.
/// </summary>
public interface IAuditSink
{
    /// <summary>Records <paramref name="record"/>, completing once it is as far as <paramref name="durability"/> asks.</summary>
    ValueTask RecordAsync(AuditRecord record, AuditDurability durability = AuditDurability.Durable, CancellationToken cancellationToken = default);
}
