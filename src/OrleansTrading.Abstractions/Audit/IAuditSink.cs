namespace OrleansTrading.Abstractions.Audit;

/// <summary>
/// Where audit records go. This wave writes an append-only JSON-lines file; the hash-chained, queryable audit log
/// of the next wave plugs in here.
/// </summary>
public interface IAuditSink
{
    ValueTask RecordAsync(AuditRecord record, CancellationToken cancellationToken = default);
}
