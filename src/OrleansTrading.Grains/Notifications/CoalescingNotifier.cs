namespace OrleansTrading.Grains.Notifications;

/// <summary>
/// Publishes a grain's change notifications at most once per <c>window</c>, each publication carrying everything added
/// since the one before. The first change after a quiet spell goes out at once; changes that follow within the window
/// wait for its end and go out together, so a busy grain pays for one stream message per window however many changes
/// it makes, and an idle one adds no delay. Order is kept: publications never overlap, and each holds its items in the
/// order they were added. Notifications are best effort (the journal is the record): a publication that fails is
/// reported to <c>failed</c> and not repeated.
/// <para>
/// Not thread-safe: it lives inside one grain activation and runs on its scheduler (its delays resume there too).
/// </para>
/// </summary>
internal sealed class CoalescingNotifier<T>(Func<IReadOnlyList<T>, Task> publish, TimeSpan window, TimeProvider time, Action<Exception> failed)
{
    /// <summary>Items per publication at most: a backlog (a stalled stream) goes out over several windows, not as one message.</summary>
    internal const int MaxItemsPerPublication = 1_000;

    private List<T> _pending = [];
    private Task _running = Task.CompletedTask;
    private long _lastPublished = long.MinValue;
    private CancellationTokenSource? _waiting;
    private bool _flushing;

    /// <summary>Publications made so far.</summary>
    public long Publications { get; private set; }

    /// <summary>Queues a change; it is published at once when the window allows, otherwise at the window's end.</summary>
    public void Add(T item)
    {
        _pending.Add(item);
        StartIfIdle();
    }

    /// <summary>Queues changes, in order.</summary>
    public void AddRange(IReadOnlyList<T> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        _pending.AddRange(items);
        StartIfIdle();
    }

    /// <summary>
    /// What an ending activation does: publishes what is queued without waiting for the window, and waits for it as long
    /// as <paramref name="cancellationToken"/> allows (a publication still running then finishes, or fails, on its own).
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushAsync().WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Publishes what is queued without waiting for the window, and waits for it.</summary>
    public async Task FlushAsync()
    {
        _flushing = true;
        try
        {
            _waiting?.Cancel(); // a window being waited out ends now
            StartIfIdle();
            await _running;
        }
        finally
        {
            _flushing = false;
        }
    }

    private void StartIfIdle()
    {
        if (_running.IsCompleted && _pending.Count > 0)
        {
            _running = RunAsync();
        }
    }

    private async Task RunAsync()
    {
        while (_pending.Count > 0)
        {
            var wait = _lastPublished == long.MinValue ? TimeSpan.Zero : window - time.GetElapsedTime(_lastPublished);
            if (wait > TimeSpan.Zero && !_flushing)
            {
                using var waiting = _waiting = new CancellationTokenSource();
                try
                {
                    await Task.Delay(wait, time, waiting.Token);
                }
                catch (OperationCanceledException)
                {
                    // flushed: publish now
                }
                finally
                {
                    _waiting = null;
                }
            }

            List<T> batch;
            if (_pending.Count <= MaxItemsPerPublication)
            {
                batch = _pending;
                _pending = [];
            }
            else
            {
                batch = _pending.GetRange(0, MaxItemsPerPublication);
                _pending.RemoveRange(0, MaxItemsPerPublication);
            }

            _lastPublished = time.GetTimestamp();
            Publications++;
            try
            {
                await publish(batch);
            }
            catch (Exception ex)
            {
                failed(ex);
            }
        }
    }
}
