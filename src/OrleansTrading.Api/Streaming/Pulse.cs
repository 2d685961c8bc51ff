namespace OrleansTrading.Api.Streaming;

/// <summary>
/// A wake-up signal with a version, so no signal is lost between "read the journal" and "wait": read
/// <see cref="Version"/> first, read the data, then <see cref="WaitAsync"/> for a version other than the one read.
/// </summary>
public sealed class Pulse
{
    private readonly object _gate = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _version;

    public long Version
    {
        get
        {
            lock (_gate)
            {
                return _version;
            }
        }
    }

    public void Signal()
    {
        TaskCompletionSource fired;
        lock (_gate)
        {
            _version++;
            fired = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        fired.TrySetResult();
    }

    /// <summary>Returns when the version differs from <paramref name="seenVersion"/> or after <paramref name="timeout"/> (the polling fallback).</summary>
    public async Task WaitAsync(long seenVersion, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task next;
        lock (_gate)
        {
            if (_version != seenVersion)
            {
                return;
            }

            next = _next.Task;
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, timer.Token);
        await Task.WhenAny(next, delay).ConfigureAwait(false);
        await timer.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
