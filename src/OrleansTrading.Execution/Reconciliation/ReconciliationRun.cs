using OrleansTrading.Domain.Time;

namespace OrleansTrading.Execution.Reconciliation;

/// <summary>
/// One reconciliation after a logon: the open orders it expects an answer about, the mass status answer when it asked
/// for one, and its discrepancy count. Answers are recorded by the delivery lanes once they have been applied and
/// assessed; a logout interrupts the run.
/// </summary>
internal sealed class ReconciliationRun : IDisposable
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenInMass = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _allAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _massDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _interrupt = new();
    private bool _sealed;
    private int _massReplies;
    private int _discrepancies;

    public ReconciliationRun(string id, UnixNanos startedAt)
    {
        Id = id;
        StartedAt = startedAt;
    }

    public string Id { get; }

    public UnixNanos StartedAt { get; }

    /// <summary>The MassStatusReqID (584) of this run's OrderMassStatusRequest.</summary>
    public string MassRequestId => Id + "-M";

    public CancellationToken Interrupted => _interrupt.Token;

    public int OrdersChecked { get; private set; }

    public int Discrepancies => Volatile.Read(ref _discrepancies);

    /// <summary>Completes once every expected order has been answered for, after <see cref="Seal"/>.</summary>
    public Task AllAnswered => _allAnswered.Task;

    /// <summary>Completes when the mass status answer is complete (or the venue refused the request).</summary>
    public Task MassDone => _massDone.Task;

    public void Expect(string orderKey)
    {
        lock (_lock)
        {
            if (_pending.Add(orderKey))
            {
                OrdersChecked++;
            }
        }
    }

    /// <summary>Every request is out: from now on the run is answered when nothing is pending.</summary>
    public void Seal()
    {
        lock (_lock)
        {
            _sealed = true;
            if (_pending.Count == 0)
            {
                _allAnswered.TrySetResult();
            }
        }
    }

    /// <summary>An answer about <paramref name="orderKey"/> has been applied and assessed.</summary>
    public void Answered(string orderKey)
    {
        lock (_lock)
        {
            if (_pending.Remove(orderKey) && _sealed && _pending.Count == 0)
            {
                _allAnswered.TrySetResult();
            }
        }
    }

    /// <summary>
    /// One report of the mass status answer arrived (<paramref name="orderKey"/> null when it names an order the
    /// platform does not know). The answer is complete at LastRptRequested=Y or when TotNumReports have arrived.
    /// </summary>
    public void OnMassReply(string? orderKey, int? totalReports, bool lastReport)
    {
        lock (_lock)
        {
            _massReplies++;
            if (orderKey is not null)
            {
                _seenInMass.Add(orderKey);
            }

            if (lastReport || (totalReports is { } total && _massReplies >= total))
            {
                _massDone.TrySetResult();
            }
        }
    }

    /// <summary>The venue will not answer the mass status request (it refused it, or answered that it has no orders).</summary>
    public void EndMass() => _massDone.TrySetResult();

    public bool SeenInMass(string orderKey)
    {
        lock (_lock)
        {
            return _seenInMass.Contains(orderKey);
        }
    }

    public IReadOnlyList<string> Unanswered()
    {
        lock (_lock)
        {
            return [.. _pending];
        }
    }

    public void CountDiscrepancy() => Interlocked.Increment(ref _discrepancies);

    public void Interrupt()
    {
        try
        {
            _interrupt.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose() => _interrupt.Dispose();
}
