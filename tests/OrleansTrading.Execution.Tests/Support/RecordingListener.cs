using System.Collections.Concurrent;
using OrleansTrading.Execution.Reconciliation;

namespace OrleansTrading.Execution.Tests.Support;

internal sealed class RecordingListener : IReconciliationListener
{
    public ConcurrentQueue<VenueDiscrepancy> Discrepancies { get; } = new();

    public ConcurrentQueue<ReconciliationRunResult> Runs { get; } = new();

    public void OnDiscrepancy(VenueDiscrepancy discrepancy) => Discrepancies.Enqueue(discrepancy);

    public void OnRunCompleted(ReconciliationRunResult result) => Runs.Enqueue(result);

    public IReadOnlyList<VenueDiscrepancy> Of(DiscrepancyKind kind) => [.. Discrepancies.Where(d => d.Kind == kind)];
}
