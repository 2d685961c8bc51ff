namespace OrleansTrading.Execution.Reconciliation;

/// <summary>
/// Hears about every discrepancy a venue connector raises and every reconciliation run it finishes: the hook for
/// alerting and metrics. Register implementations in DI; calls are synchronous and must be quick and must not throw
/// (a listener that throws is logged and skipped).
/// </summary>
public interface IReconciliationListener
{
    void OnDiscrepancy(VenueDiscrepancy discrepancy);

    void OnRunCompleted(ReconciliationRunResult result);
}
