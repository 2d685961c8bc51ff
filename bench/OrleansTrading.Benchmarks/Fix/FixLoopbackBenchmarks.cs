using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using HdrHistogram;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Transport;

namespace OrleansTrading.Benchmarks.Fix;

/// <summary>
/// Loopback round trip over TCP on 127.0.0.1: our initiator sends a NewOrderSingle, our acceptor (dictionary
/// validation on, memory stores) echoes it, the initiator receives the echo. BenchmarkDotNet reports the mean;
/// every round trip is also recorded in an HDR histogram whose percentiles are printed and written to
/// <c>BenchmarkDotNet.Artifacts/fix-loopback-latency.txt</c> at the end of each run.
/// </summary>
[MemoryDiagnoser]
public class FixLoopbackBenchmarks
{
    private readonly LongHistogram _histogram = LatencyPercentiles.NewHistogram();
    private readonly SemaphoreSlim _echoed = new(0);
    private readonly FixMessageBuilder _order = new(FixMsgTypes.NewOrderSingle);
    private byte[][] _clOrdIds = [];
    private int _next;
    private FixAcceptor? _acceptor;
    private FixInitiator? _initiator;

    [GlobalSetup]
    public async Task Setup()
    {
        var acceptorId = new FixSessionId("FIX.4.4", "VENUE", "FUND");
        _acceptor = new FixAcceptor([new FixSessionSettings { Role = FixSessionRole.Acceptor, SessionId = acceptorId, AcceptPort = 0 }], new EchoApplication());
        await _acceptor.StartAsync();
        var initiatorSettings = new FixSessionSettings
        {
            Role = FixSessionRole.Initiator,
            SessionId = new FixSessionId("FIX.4.4", "FUND", "VENUE"),
            ConnectHost = "127.0.0.1",
            ConnectPort = _acceptor.LocalEndPoints[0].Port,
            HeartBtInt = 30,
        };
        _initiator = new FixInitiator(initiatorSettings, new CountingApplication(_echoed));
        await _initiator.StartAsync();
        await _initiator.WaitForLogonAsync(TimeSpan.FromSeconds(10));
        _clOrdIds = FixBenchmarkMessages.ClOrdIds(1 << 16);
    }

    [Benchmark(Description = "NewOrderSingle → acceptor echo → initiator, loopback TCP")]
    public void RoundTrip()
    {
        var start = Stopwatch.GetTimestamp();
        if (!_initiator!.Session.Send(FixBenchmarkMessages.LimitOrder(_order, _clOrdIds[_next++ & 0xFFFF], 100m, 101.25m)))
        {
            throw new InvalidOperationException("The initiator session is not logged on.");
        }

        _echoed.Wait();
        _histogram.RecordValue(Stopwatch.GetElapsedTime(start).Ticks * 100);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await LatencyPercentiles.PublishAsync(
            string.Create(CultureInfo.InvariantCulture, $"FIX loopback round trip over {_histogram.TotalCount} messages: {LatencyPercentiles.Format(_histogram)}"),
            "fix-loopback-latency.txt");
        await _initiator!.DisposeAsync();
        await _acceptor!.DisposeAsync();
    }

    /// <summary>The acceptor side: echoes each NewOrderSingle's body back.</summary>
    private sealed class EchoApplication : IFixApplication
    {
        private readonly FixMessageBuilder _reply = new(FixMsgTypes.NewOrderSingle);

        public ApplicationMessageResult OnMessage(FixSession session, FixMessage message)
        {
            _reply.Reset(message.MsgTypeBytes);
            for (var i = 3; i < message.FieldCount - 1; i++)
            {
                if (!FixHeaderTags.IsHeader(message[i].Tag))
                {
                    _reply.AddFrom(message, i);
                }
            }

            session.Send(_reply);
            return ApplicationMessageResult.Accepted;
        }
    }

    /// <summary>The initiator side: signals each echo.</summary>
    private sealed class CountingApplication(SemaphoreSlim echoed) : IFixApplication
    {
        public ApplicationMessageResult OnMessage(FixSession session, FixMessage message)
        {
            echoed.Release();
            return ApplicationMessageResult.Accepted;
        }
    }
}
