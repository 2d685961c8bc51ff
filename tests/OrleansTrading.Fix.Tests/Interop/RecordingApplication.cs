using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;

namespace OrleansTrading.Fix.Tests.Interop;

/// <summary>
/// Keeps a copy of every application message a session receives and counts its logons; tests wait for what they
/// expect (conditions signalled by each callback, never sleeps). Also compiled into the venue simulator's tests.
/// </summary>
internal sealed class RecordingApplication : IFixApplication
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly Lock _lock = new();
    private readonly List<FixMessage> _received = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _logons;

    /// <summary>Added to the text of a failed wait (e.g. the counterparty's log).</summary>
    public Func<string>? Diagnostics { get; init; }

    public int Logons
    {
        get
        {
            lock (_lock)
            {
                return _logons;
            }
        }
    }

    public IReadOnlyList<FixMessage> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }
    }

    public ApplicationMessageResult OnMessage(FixSession session, FixMessage message)
    {
        lock (_lock)
        {
            _received.Add(message.Clone());
            Signal();
        }

        return ApplicationMessageResult.Accepted;
    }

    public void OnLogon(FixSession session)
    {
        lock (_lock)
        {
            _logons++;
            Signal();
        }
    }

    /// <summary>Waits until <paramref name="count"/> received messages match, and returns them in arrival order.</summary>
    public async Task<IReadOnlyList<FixMessage>> WaitForAsync(Func<FixMessage, bool> match, int count = 1)
    {
        IReadOnlyList<FixMessage> found = [];
        await WaitUntilAsync(
            () => (found = _received.Where(match).ToList()).Count >= count,
            () => $"{count} matching message(s) not received");
        return found;
    }

    /// <summary>The ExecutionReports for one ClOrdID, waiting for <paramref name="count"/> of them.</summary>
    public Task<IReadOnlyList<FixMessage>> ReportsForAsync(string clOrdId, int count = 1) =>
        WaitForAsync(m => m.MsgType == FixMsgTypes.ExecutionReport && m.GetString(FixTags.ClOrdId) == clOrdId, count);

    /// <summary>Waits until the session has logged on at least <paramref name="logons"/> times.</summary>
    public Task WaitForLogonsAsync(int logons) => WaitUntilAsync(() => _logons >= logons, () => $"only {_logons} logon(s), expected {logons}");

    /// <summary>Re-checks <paramref name="condition"/> (under the lock) after every callback until it holds or <see cref="Timeout"/> passes.</summary>
    private async Task WaitUntilAsync(Func<bool> condition, Func<string> failure)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (condition())
                {
                    return;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                string problem;
                lock (_lock)
                {
                    problem = $"{failure()} within {Timeout.TotalSeconds} s. Received:\n{string.Join('\n', _received)}";
                }

                throw new TimeoutException($"{problem}\n{Diagnostics?.Invoke()}");
            }
        }
    }

    private void Signal()
    {
        _changed.TrySetResult();
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
