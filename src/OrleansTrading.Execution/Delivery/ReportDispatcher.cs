using System.Threading.Channels;

namespace OrleansTrading.Execution.Delivery;

/// <summary>
/// Delivers inbound venue messages to the order grains: in arrival order per order (every message of an order goes
/// through the same lane), concurrently across orders (several lanes), and retried until it succeeds — with an
/// exponential backoff capped at <see cref="MaxRetryDelay"/> — so a transient failure (a silo restarting, storage
/// timing out) delays a report but never drops it. The caller hears of every failed attempt, to log it and raise a
/// stall alert. Stopping waits a grace period for the lanes to drain; what is left stays in the inbound journal and is
/// delivered after the next start.
/// </summary>
internal sealed class ReportDispatcher
{
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(5);

    private readonly Channel<InboundItem>[] _lanes;
    private readonly Task[] _workers;
    private readonly Func<InboundItem, CancellationToken, Task> _handle;
    private readonly Action<InboundItem, Exception, int> _onFailure;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stopping = new();
    private long _backlog;

    public ReportDispatcher(int lanes, Func<InboundItem, CancellationToken, Task> handle, Action<InboundItem, Exception, int> onFailure, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lanes, 1);
        _handle = handle;
        _onFailure = onFailure;
        _time = time;
        _lanes = new Channel<InboundItem>[lanes];
        _workers = new Task[lanes];
        for (var i = 0; i < lanes; i++)
        {
            _lanes[i] = Channel.CreateUnbounded<InboundItem>(new UnboundedChannelOptions { SingleReader = true });
            var lane = _lanes[i];
            _workers[i] = Task.Run(() => RunLaneAsync(lane.Reader));
        }
    }

    /// <summary>Messages accepted and not yet delivered.</summary>
    public long Backlog => Interlocked.Read(ref _backlog);

    /// <summary>The delay before retry <paramref name="attempt"/> (1-based): 50 ms doubling up to <see cref="MaxRetryDelay"/>.</summary>
    public static TimeSpan RetryDelay(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(50 * Math.Pow(2, Math.Min(attempt - 1, 20)), MaxRetryDelay.TotalMilliseconds));

    /// <summary>Queues <paramref name="item"/> behind every earlier message of the same order. False after stopping.</summary>
    public bool Enqueue(InboundItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var lane = _lanes[(uint)item.OrderKey.GetHashCode(StringComparison.Ordinal) % (uint)_lanes.Length];
        Interlocked.Increment(ref _backlog);
        if (lane.Writer.TryWrite(item))
        {
            return true;
        }

        Interlocked.Decrement(ref _backlog);
        return false;
    }

    /// <summary>Stops accepting messages, lets the lanes drain for up to <paramref name="grace"/>, then abandons the rest (still journaled).</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        foreach (var lane in _lanes)
        {
            lane.Writer.TryComplete();
        }

        var all = Task.WhenAll(_workers);
        if (await Task.WhenAny(all, Task.Delay(grace, _time)).ConfigureAwait(false) != all)
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }

        await all.ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task RunLaneAsync(ChannelReader<InboundItem> reader)
    {
        var token = _stopping.Token;
        try
        {
            await foreach (var item in reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        await _handle(item, token).ConfigureAwait(false);
                        break;
                    }
                    catch (Exception ex) when (!token.IsCancellationRequested)
                    {
                        _onFailure(item, ex, attempt);
                        await Task.Delay(RetryDelay(attempt), _time, token).ConfigureAwait(false);
                    }
                }

                Interlocked.Decrement(ref _backlog);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }
}
