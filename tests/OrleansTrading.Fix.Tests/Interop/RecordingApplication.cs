using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;

namespace OrleansTrading.Fix.Tests.Interop;

/// <summary>Keeps a copy of every application message a session receives; tests wait for the ones they expect.</summary>
internal sealed class RecordingApplication : IFixApplication
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(30);
    private readonly Lock _lock = new();
    private readonly List<FixMessage> _received = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Called with the full text of a failed wait (e.g. to add the counterparty's log).</summary>
    public Func<string>? Diagnostics { get; init; }

    public ApplicationMessageResult OnMessage(FixSession session, FixMessage message)
    {
        lock (_lock)
        {
            _received.Add(message.Clone());
            _changed.TrySetResult();
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        return ApplicationMessageResult.Accepted;
    }

    /// <summary>Waits until <paramref name="count"/> received messages match, and returns them in arrival order.</summary>
    public async Task<IReadOnlyList<FixMessage>> WaitForAsync(Func<FixMessage, bool> match, int count = 1)
    {
        using var timeout = new CancellationTokenSource(_timeout);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                var found = _received.Where(match).ToList();
                if (found.Count >= count)
                {
                    return found;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                string received;
                lock (_lock)
                {
                    received = string.Join('\n', _received);
                }

                throw new TimeoutException($"{count} matching message(s) not received within {_timeout.TotalSeconds} s. Received:\n{received}\n{Diagnostics?.Invoke()}");
            }
        }
    }

    /// <summary>The ExecutionReports for one ClOrdID, waiting for <paramref name="count"/> of them.</summary>
    public Task<IReadOnlyList<FixMessage>> ReportsForAsync(string clOrdId, int count = 1) =>
        WaitForAsync(m => m.MsgType == FixMsgTypes.ExecutionReport && m.GetString(FixTags.ClOrdId) == clOrdId, count);
}
