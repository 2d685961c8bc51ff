using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using HdrHistogram;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Store;
using OrleansTrading.Fix.Transport;
using OrleansTrading.VenueSimulator.Behaviours;
using OrleansTrading.VenueSimulator.Hosting;
using OrleansTrading.VenueSimulator.Listings;

namespace OrleansTrading.Benchmarks.Fix;

/// <summary>
/// Order round trip through the venue simulator over TCP on 127.0.0.1, both ends in this process: our
/// <see cref="FixInitiator"/> sends a marketable limit NewOrderSingle (buy 100 AAPL at the best ask of the default
/// ladder), the simulator's acceptor validates it, matches it against the ladder and answers with the New ack and the
/// fill (ExecutionReports), the initiator's application receives both. BenchmarkDotNet times the whole order → fill;
/// HDR histograms record order → ack and order → fill per order, printed and appended to
/// <c>BenchmarkDotNet.Artifacts/venue-simulator-latency.txt</c> at the end of each run. <see cref="Store"/> picks memory
/// stores on both sides, or file stores with an fsync per message (the default for order sessions) on both sides.
/// Every 4,096 orders the venue ends its trading day (outside the timed part of the histograms) so that the done orders
/// it remembers for status requests do not pile up over millions of orders.
/// </summary>
[MemoryDiagnoser]
public class VenueSimulatorRoundTripBenchmarks
{
    private const int OrdersPerTradingDay = 4096;
    private readonly LongHistogram _ackLatency = LatencyPercentiles.NewHistogram();
    private readonly LongHistogram _fillLatency = LatencyPercentiles.NewHistogram();
    private readonly SemaphoreSlim _acked = new(0);
    private readonly SemaphoreSlim _filled = new(0);
    private readonly FixMessageBuilder _order = new(FixMsgTypes.NewOrderSingle);
    private byte[][] _clOrdIds = [];
    private int _next;
    private string? _directory;
    private TradingHost? _venue;
    private FixInitiator? _initiator;

    [Params("memory", "file+fsync")]
    public string Store { get; set; } = "memory";

    [GlobalSetup]
    public async Task Setup()
    {
        _directory = Directory.CreateTempSubdirectory("venue-sim-bench-").FullName;
        var durable = Store != "memory";
        var venueSession = new FixSessionSettings
        {
            Role = FixSessionRole.Acceptor,
            SessionId = new FixSessionId("FIX.4.4", "VENUE", "FUND"),
            AcceptPort = 0,
            FileStorePath = durable ? Path.Combine(_directory, "venue") : null,
            FsyncPolicy = FixFsyncPolicy.EveryMessage,
        };
        var market = MarketSettings.Default with { EndOfDayUtc = null };
        _venue = await TradingHost.StartAsync([venueSession], market, BehaviourPolicy.None);
        var fundSession = new FixSessionSettings
        {
            Role = FixSessionRole.Initiator,
            SessionId = new FixSessionId("FIX.4.4", "FUND", "VENUE"),
            ConnectHost = "127.0.0.1",
            ConnectPort = _venue.LocalEndPoints[0].Port,
            HeartBtInt = 30,
            FileStorePath = durable ? Path.Combine(_directory, "fund") : null,
            FsyncPolicy = FixFsyncPolicy.EveryMessage,
        };
        _initiator = new FixInitiator(fundSession, new ReportSignals(_acked, _filled));
        await _initiator.StartAsync();
        await _initiator.WaitForLogonAsync(TimeSpan.FromSeconds(10));
        _clOrdIds = FixBenchmarkMessages.ClOrdIds(OrdersPerTradingDay);
    }

    [Benchmark(Description = "NewOrderSingle → simulator (match) → New ack + fill, loopback TCP")]
    public void OrderToFill()
    {
        var index = _next++ % OrdersPerTradingDay;
        if (index == 0 && _next > 1)
        {
            _venue!.EndTradingDay();
        }

        var start = Stopwatch.GetTimestamp();
        if (!_initiator!.Session.Send(FixBenchmarkMessages.LimitOrder(_order, _clOrdIds[index], 100m, 190.01m)))
        {
            throw new InvalidOperationException("The initiator session is not logged on.");
        }

        _acked.Wait();
        _ackLatency.RecordValue(Stopwatch.GetElapsedTime(start).Ticks * 100);
        _filled.Wait();
        _fillLatency.RecordValue(Stopwatch.GetElapsedTime(start).Ticks * 100);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await LatencyPercentiles.PublishAsync(
            string.Create(
                CultureInfo.InvariantCulture,
                $"venue simulator round trip, {Store} stores, {_ackLatency.TotalCount} orders: order → ack {LatencyPercentiles.Format(_ackLatency)}; order → fill {LatencyPercentiles.Format(_fillLatency)}"),
            "venue-simulator-latency.txt");
        await _initiator!.DisposeAsync();
        await _venue!.DisposeAsync();
        Directory.Delete(_directory!, recursive: true);
        _ackLatency.Reset();
        _fillLatency.Reset();
    }

    /// <summary>The initiator side: signals each New ack and each fill.</summary>
    private sealed class ReportSignals(SemaphoreSlim acked, SemaphoreSlim filled) : IFixApplication
    {
        public ApplicationMessageResult OnMessage(FixSession session, FixMessage message)
        {
            if (message.TryGetChar(FixTags.ExecType, out var execType))
            {
                (execType == '0' ? acked : filled).Release();
            }

            return ApplicationMessageResult.Accepted;
        }
    }
}
