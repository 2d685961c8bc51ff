using System.Collections.Concurrent;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Transport;

namespace OrleansTrading.Fix.Tests.Transport;

/// <summary>Our initiator against our acceptor over 127.0.0.1.</summary>
public sealed class LoopbackTransportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "fix-loopback-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Initiator_logs_on_sends_an_order_and_receives_the_acceptors_reply()
    {
        var venue = new RecordingApplication(reply: true);
        await using var acceptor = new FixAcceptor([AcceptorSettings()], venue);
        await acceptor.StartAsync();
        var fund = new RecordingApplication(reply: false);
        await using var initiator = new FixInitiator(InitiatorSettings(acceptor.LocalEndPoints[0].Port), fund);
        await initiator.StartAsync();
        await initiator.WaitForLogonAsync(TimeSpan.FromSeconds(10));

        Assert.True(initiator.Session.Send(new FixMessageBuilder(FixMsgTypes.NewOrderSingle)
            .Add(FixTags.ClOrdId, "A-1").Add(FixTags.Symbol, "AAPL").Add(FixTags.Side, '1')
            .AddTimestamp(FixTags.TransactTime, DateTime.UtcNow).Add(FixTags.OrderQty, 100m).Add(FixTags.OrdType, '1')));

        var reply = await fund.NextAsync();
        Assert.Equal("A-1", reply.GetString(FixTags.ClOrdId));
        Assert.Equal(1, acceptor.Sessions.Count(s => s.IsLoggedOn));
    }

    [Fact]
    public async Task After_the_acceptor_restarts_the_initiator_reconnects_and_both_sides_resume_their_sequences()
    {
        var store = Path.Combine(_directory, "venue");
        var venue = new RecordingApplication(reply: true);
        var acceptor = new FixAcceptor([AcceptorSettings() with { FileStorePath = store }], venue);
        await acceptor.StartAsync();
        var port = acceptor.LocalEndPoints[0].Port;
        var fund = new RecordingApplication(reply: false);
        await using var initiator = new FixInitiator(InitiatorSettings(port) with { FileStorePath = Path.Combine(_directory, "fund") }, fund);
        await initiator.StartAsync();
        await initiator.WaitForLogonAsync(TimeSpan.FromSeconds(10));
        initiator.Session.Send(new FixMessageBuilder(FixMsgTypes.NewOrderSingle).Add(FixTags.ClOrdId, "B-1").Add(FixTags.Symbol, "X").Add(FixTags.Side, '1')
            .AddTimestamp(FixTags.TransactTime, DateTime.UtcNow).Add(FixTags.OrdType, '1'));
        await fund.NextAsync();
        var senderBefore = initiator.Session.NextSenderSeqNum;
        var connectionsBefore = initiator.ConnectionCount;

        await acceptor.DisposeAsync();
        await using var restarted = new FixAcceptor([AcceptorSettings() with { FileStorePath = store, AcceptPort = port }], venue);
        await restarted.StartAsync();
        await WaitUntilAsync(() => initiator.ConnectionCount > connectionsBefore && initiator.Session.IsLoggedOn);

        // the acceptor's logout and the new logon continue the old numbering: nothing was reset
        Assert.True(initiator.Session.NextSenderSeqNum > senderBefore);
        var venueSession = restarted.Sessions.Single();
        await WaitUntilAsync(() => venueSession.NextTargetSeqNum == initiator.Session.NextSenderSeqNum);
        Assert.True(venueSession.NextSenderSeqNum > 3);
    }

    [Fact]
    public async Task A_second_connection_for_a_logged_on_session_is_refused_and_the_first_keeps_working()
    {
        await using var acceptor = new FixAcceptor([AcceptorSettings()], new RecordingApplication(reply: true));
        await acceptor.StartAsync();
        var fund = new RecordingApplication(reply: false);
        await using var first = new FixInitiator(InitiatorSettings(acceptor.LocalEndPoints[0].Port), fund);
        await first.StartAsync();
        await first.WaitForLogonAsync(TimeSpan.FromSeconds(10));

        await using var second = new FixInitiator(InitiatorSettings(acceptor.LocalEndPoints[0].Port) with { LogonTimeout = TimeSpan.FromSeconds(1) }, new RecordingApplication(reply: false));
        await second.StartAsync();
        await WaitUntilAsync(() => second.ConnectionCount >= 2);

        Assert.False(second.Session.IsLoggedOn);
        Assert.True(first.Session.IsLoggedOn);
    }

    [Fact]
    public async Task One_acceptor_port_serves_several_sessions_told_apart_by_comp_id()
    {
        var second = AcceptorSettings() with { SessionId = new FixSessionId("FIX.4.4", "VENUE", "FUND2") };
        await using var acceptor = new FixAcceptor([AcceptorSettings(), second], new RecordingApplication(reply: true));
        await acceptor.StartAsync();
        var port = acceptor.LocalEndPoints.Single().Port;
        await using var fund1 = new FixInitiator(InitiatorSettings(port), new RecordingApplication(reply: false));
        await using var fund2 = new FixInitiator(InitiatorSettings(port) with { SessionId = new FixSessionId("FIX.4.4", "FUND2", "VENUE") }, new RecordingApplication(reply: false));
        await fund1.StartAsync();
        await fund2.StartAsync();

        await fund1.WaitForLogonAsync(TimeSpan.FromSeconds(10));
        await fund2.WaitForLogonAsync(TimeSpan.FromSeconds(10));

        Assert.True(acceptor.GetSession(new FixSessionId("FIX.4.4", "VENUE", "FUND"))!.IsLoggedOn);
        Assert.True(acceptor.GetSession(second.SessionId)!.IsLoggedOn);
    }

    private static FixSessionSettings AcceptorSettings() => new()
    {
        Role = FixSessionRole.Acceptor,
        SessionId = new FixSessionId("FIX.4.4", "VENUE", "FUND"),
        AcceptPort = 0,
    };

    private static FixSessionSettings InitiatorSettings(int port) => new()
    {
        Role = FixSessionRole.Initiator,
        SessionId = new FixSessionId("FIX.4.4", "FUND", "VENUE"),
        ConnectHost = "127.0.0.1",
        ConnectPort = port,
        ReconnectInterval = TimeSpan.FromMilliseconds(50),
        MaxReconnectInterval = TimeSpan.FromMilliseconds(200),
    };

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    private sealed class RecordingApplication(bool reply) : IFixApplication
    {
        private readonly BlockingCollection<FixMessage> _messages = [];

        public ApplicationMessageResult OnMessage(FixSession session, FixMessage message)
        {
            _messages.Add(message.Clone());
            if (reply)
            {
                session.Send(new FixMessageBuilder(FixMsgTypes.ExecutionReport)
                    .Add(FixTags.OrderId, "O-1").Add(FixTags.ClOrdId, message.GetValueOrEmpty(FixTags.ClOrdId)).Add(FixTags.ExecId, "E-1")
                    .Add(FixTags.ExecType, '0').Add(FixTags.OrdStatus, '0').Add(FixTags.Symbol, message.GetValueOrEmpty(FixTags.Symbol))
                    .Add(FixTags.Side, '1').Add(FixTags.LeavesQty, 100m).Add(FixTags.CumQty, 0m).Add(FixTags.AvgPx, 0m));
            }

            return ApplicationMessageResult.Accepted;
        }

        public async Task<FixMessage> NextAsync() =>
            await Task.Run(() => _messages.TryTake(out var message, TimeSpan.FromSeconds(10)) ? message : throw new TimeoutException("no message"));
    }
}
