using System.Diagnostics;
using System.Text.RegularExpressions;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Store;
using OrleansTrading.Fix.Transport;

namespace OrleansTrading.Fix.Tests.Store;

/// <summary>
/// Runs the venue simulator's reflector as a child process with a file store, streams orders at it, SIGKILLs it
/// mid-stream, and proves its store reopens consistently: every record intact, every message our side received
/// present in the store (written before sent), and a restarted venue resuming the same sequence.
/// </summary>
public sealed partial class ProcessKillRecoveryTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "fix-kill-" + Guid.NewGuid().ToString("N"));

    public ProcessKillRecoveryTests()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "venue.cfg"), """
            [DEFAULT]
            ConnectionType=acceptor
            SocketAcceptHost=127.0.0.1
            SocketAcceptPort=0
            FileStorePath=store
            FileStoreSync=none
            [SESSION]
            BeginString=FIX.4.4
            SenderCompID=VENUE
            TargetCompID=FUND
            """);
    }

    public void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Store_written_by_a_process_killed_mid_stream_reopens_consistently_and_the_venue_resumes_its_sequence()
    {
        var received = new EchoCounter();
        var (venue, port) = await StartVenueAsync();
        var settings = new FixSessionSettings
        {
            Role = FixSessionRole.Initiator,
            SessionId = new FixSessionId("FIX.4.4", "FUND", "VENUE"),
            ConnectHost = "127.0.0.1",
            ConnectPort = port,
            FileStorePath = Path.Combine(_directory, "fund-store"),
            FsyncPolicy = FixFsyncPolicy.None,
            ReconnectInterval = TimeSpan.FromMilliseconds(100),
            MaxReconnectInterval = TimeSpan.FromMilliseconds(200),
        };
        await using var initiator = new FixInitiator(settings, received);
        await initiator.StartAsync();
        await initiator.WaitForLogonAsync(TimeSpan.FromSeconds(20));

        using var sending = new CancellationTokenSource();
        var sender = Task.Run(() => SendOrders(initiator.Session, sending.Token));
        await received.WaitForAsync(300, TimeSpan.FromSeconds(30));
        venue.Kill();
        await venue.WaitForExitAsync();
        await sending.CancelAsync();
        await sender;

        var highestSeen = received.HighestSeqNum;
        using (var store = new FileMessageStore(Path.Combine(_directory, "store", "FIX.4.4-VENUE-FUND.fixlog")))
        {
            var sent = new List<StoredMessage>();
            store.GetSent(1, int.MaxValue, sent);
            Assert.True(store.NextSenderSeqNum > highestSeen, $"the venue echoed {highestSeen} but its store ends at {store.NextSenderSeqNum - 1}");
            Assert.Equal(Enumerable.Range(1, store.NextSenderSeqNum - 1), sent.Select(m => m.SeqNum));
            var parsed = new FixMessage();
            Assert.All(sent, m =>
            {
                Assert.Equal(FixParseStatus.Ok, FixParser.Parse(m.Message, parsed));
                Assert.Equal(m.SeqNum, parsed.MsgSeqNum);
            });
        }

        var (restarted, newPort) = await StartVenueAsync();
        try
        {
            var resumed = new FixSessionSettings
            {
                Role = FixSessionRole.Initiator,
                SessionId = settings.SessionId,
                ConnectHost = "127.0.0.1",
                ConnectPort = newPort,
                FileStorePath = settings.FileStorePath,
            };
            await initiator.StopAsync();
            await using var again = new FixInitiator(resumed, received);
            await again.StartAsync();
            await again.WaitForLogonAsync(TimeSpan.FromSeconds(20));
            Assert.True(again.Session.NextTargetSeqNum > highestSeen, "the restarted venue did not continue its sequence");
        }
        finally
        {
            restarted.Kill();
            await restarted.WaitForExitAsync();
        }
    }

    private static void SendOrders(FixSession session, CancellationToken cancellationToken)
    {
        var order = new FixMessageBuilder(FixMsgTypes.NewOrderSingle);
        for (var i = 0; !cancellationToken.IsCancellationRequested; i++)
        {
            order.Reset(FixMsgTypes.NewOrderSingle).Add(FixTags.ClOrdId, $"K-{i}").Add(FixTags.Symbol, "AAPL").Add(FixTags.Side, '1')
                .AddTimestamp(FixTags.TransactTime, DateTime.UtcNow).Add(FixTags.OrderQty, 10m).Add(FixTags.OrdType, '1');
            if (!session.Send(order))
            {
                return;
            }

            if (i % 50 == 49)
            {
                Thread.Sleep(1);
            }
        }
    }

    private async Task<(Process Process, int Port)> StartVenueAsync()
    {
        var simulator = Path.Combine(AppContext.BaseDirectory, "OrleansTrading.VenueSimulator.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "exec", simulator, "--config", Path.Combine(_directory, "venue.cfg"), "--reflector" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _directory,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the venue simulator");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var match = ListeningPattern().Match(line);
            if (match.Success)
            {
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return (process, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        throw new InvalidOperationException($"the venue simulator exited without listening: {await process.StandardError.ReadToEndAsync(timeout.Token)}");
    }

    [GeneratedRegex(@"listening on [^:]+:(\d+)")]
    private static partial Regex ListeningPattern();

    /// <summary>Counts echoes and remembers the highest MsgSeqNum received from the venue.</summary>
    private sealed class EchoCounter : IFixApplication
    {
        private readonly Lock _lock = new();
        private int _count;
        private int _highest;

        public int HighestSeqNum
        {
            get
            {
                lock (_lock)
                {
                    return _highest;
                }
            }
        }

        public ApplicationMessageResult OnMessage(FixSession session, FixMessage message)
        {
            lock (_lock)
            {
                _count++;
                _highest = Math.Max(_highest, message.MsgSeqNum);
            }

            return ApplicationMessageResult.Accepted;
        }

        public async Task WaitForAsync(int count, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                lock (_lock)
                {
                    if (_count >= count)
                    {
                        return;
                    }
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"only {_count} echoes within {timeout}");
                }

                await Task.Delay(10);
            }
        }
    }
}
