using System.Diagnostics.Metrics;

namespace OrleansTrading.Execution.Reconciliation;

/// <summary>
/// Counters for venue reconciliation on the <c>OrleansTrading.Execution</c> meter (exported by whatever OpenTelemetry
/// or Prometheus wiring the host adds): <c>ot.venue.discrepancies</c> by venue, kind and resolved, and
/// <c>ot.venue.reconciliations</c> by venue and outcome.
/// </summary>
public sealed class ExecutionMetrics : IReconciliationListener, IDisposable
{
    public const string MeterName = "OrleansTrading.Execution";

    private readonly Meter _meter;
    private readonly Counter<long> _discrepancies;
    private readonly Counter<long> _runs;

    public ExecutionMetrics(IMeterFactory? meters = null)
    {
        _meter = meters?.Create(MeterName) ?? new Meter(MeterName);
        _discrepancies = _meter.CreateCounter<long>("ot.venue.discrepancies", description: "Discrepancies between a venue and the platform");
        _runs = _meter.CreateCounter<long>("ot.venue.reconciliations", description: "Reconciliation runs after a venue logon");
    }

    public void OnDiscrepancy(VenueDiscrepancy discrepancy)
    {
        ArgumentNullException.ThrowIfNull(discrepancy);
        _discrepancies.Add(1,
            new KeyValuePair<string, object?>("venue", discrepancy.Venue.Value),
            new KeyValuePair<string, object?>("kind", discrepancy.Kind.ToString()),
            new KeyValuePair<string, object?>("resolved", discrepancy.Resolved));
    }

    public void OnRunCompleted(ReconciliationRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var outcome = result.Interrupted ? "interrupted" : result.UnresolvedDiscrepancies == 0 ? "clean" : "discrepancies";
        _runs.Add(1, new KeyValuePair<string, object?>("venue", result.Venue.Value), new KeyValuePair<string, object?>("outcome", outcome));
    }

    public void Dispose() => _meter.Dispose();
}
