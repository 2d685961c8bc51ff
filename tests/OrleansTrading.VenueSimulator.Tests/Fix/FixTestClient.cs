using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Transport;

namespace OrleansTrading.VenueSimulator.Tests.Fix;

/// <summary>
/// Our <see cref="FixInitiator"/> logged on to a simulator, keeping a copy of every application message it receives
/// so that tests can wait for the ones they expect (conditions, not sleeps).
/// </summary>
internal sealed class FixTestClient : IFixApplication, IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly Lock _lock = new();
    private readonly List<FixMessage> _received = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _logons;

    private FixTestClient(FixSessionSettings settings)
    {
        Initiator = new FixInitiator(settings, this);
    }

    public FixInitiator Initiator { get; }

    public FixSession Session => Initiator.Session;

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

    public static async Task<FixTestClient> ConnectAsync(FixSessionSettings settings)
    {
        var client = new FixTestClient(settings);
        await client.Initiator.StartAsync();
        await client.Initiator.WaitForLogonAsync(Timeout);
        return client;
    }

    /// <summary>Initiator settings for <paramref name="senderCompId"/> talking to <paramref name="targetCompId"/> on 127.0.0.1:<paramref name="port"/>; memory store unless a path is given.</summary>
    public static FixSessionSettings Settings(string senderCompId, string targetCompId, int port, string? storePath = null) => new()
    {
        Role = FixSessionRole.Initiator,
        SessionId = new FixSessionId("FIX.4.4", senderCompId, targetCompId),
        ConnectHost = "127.0.0.1",
        ConnectPort = port,
        FileStorePath = storePath,
        ReconnectInterval = TimeSpan.FromMilliseconds(50),
        MaxReconnectInterval = TimeSpan.FromMilliseconds(200),
    };

    public bool Send(FixMessageBuilder message) => Session.Send(message);

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

    /// <summary>Waits until <paramref name="count"/> received messages match, and returns them in arrival order.</summary>
    public async Task<IReadOnlyList<FixMessage>> WaitForAsync(Func<FixMessage, bool> match, int count = 1)
    {
        using var timeout = new CancellationTokenSource(Timeout);
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
                throw new TimeoutException($"{count} matching message(s) not received within {Timeout.TotalSeconds} s; received:\n{string.Join('\n', Received)}");
            }
        }
    }

    /// <summary>The first message about <paramref name="clOrdId"/> with ExecType <paramref name="execType"/>.</summary>
    public async Task<FixMessage> ExecutionAsync(string clOrdId, char execType) =>
        (await WaitForAsync(m => m.MsgType == FixMsgTypes.ExecutionReport && m.GetString(FixTags.ClOrdId) == clOrdId && m.GetChar(FixTags.ExecType) == execType))[0];

    /// <summary>Waits until the session has logged on at least <paramref name="logons"/> times.</summary>
    public async Task WaitForLogonsAsync(int logons)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (_logons >= logons)
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
                throw new TimeoutException($"Only {Logons} logon(s) within {Timeout.TotalSeconds} s, expected {logons}.");
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

    public ValueTask DisposeAsync() => Initiator.DisposeAsync();

    private void Signal()
    {
        _changed.TrySetResult();
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
