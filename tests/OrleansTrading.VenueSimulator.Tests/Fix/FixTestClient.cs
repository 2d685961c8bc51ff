using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Tests.Interop;
using OrleansTrading.Fix.Transport;

namespace OrleansTrading.VenueSimulator.Tests.Fix;

/// <summary>
/// Our <see cref="FixInitiator"/> logged on to a simulator, recording every application message it receives
/// (<see cref="RecordingApplication"/>, shared with the FIX interop tests) so that tests can wait for the ones they expect.
/// </summary>
internal sealed class FixTestClient : IAsyncDisposable
{
    private readonly RecordingApplication _recorder = new();

    private FixTestClient(FixSessionSettings settings)
    {
        Initiator = new FixInitiator(settings, _recorder);
    }

    public FixInitiator Initiator { get; }

    public FixSession Session => Initiator.Session;

    public IReadOnlyList<FixMessage> Received => _recorder.Received;

    public static async Task<FixTestClient> ConnectAsync(FixSessionSettings settings)
    {
        var client = new FixTestClient(settings);
        await client.Initiator.StartAsync();
        await client.Initiator.WaitForLogonAsync(RecordingApplication.Timeout);
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

    /// <summary>Waits until <paramref name="count"/> received messages match, and returns them in arrival order.</summary>
    public Task<IReadOnlyList<FixMessage>> WaitForAsync(Func<FixMessage, bool> match, int count = 1) => _recorder.WaitForAsync(match, count);

    /// <summary>The first message about <paramref name="clOrdId"/> with ExecType <paramref name="execType"/>.</summary>
    public async Task<FixMessage> ExecutionAsync(string clOrdId, char execType) =>
        (await WaitForAsync(m => m.MsgType == FixMsgTypes.ExecutionReport && m.GetString(FixTags.ClOrdId) == clOrdId && m.GetChar(FixTags.ExecType) == execType))[0];

    /// <summary>Waits until the session has logged on at least <paramref name="logons"/> times.</summary>
    public Task WaitForLogonsAsync(int logons) => _recorder.WaitForLogonsAsync(logons);

    public ValueTask DisposeAsync() => Initiator.DisposeAsync();
}
