using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Store;
using OrleansTrading.Fix.Transport;
using Xunit.Abstractions;

namespace OrleansTrading.Fix.Tests.Interop;

/// <summary>
/// Our <see cref="FixInitiator"/> against an independent engine, QuickFIX/C++'s executor (tests/interop/README.md): it
/// logs on, trades, logs out and back on, and recovers across an executor crash with both sides' sequence numbers
/// continuing, gaps filled by ResendRequest / SequenceReset-GapFill in both directions. The executor persists its
/// sequence numbers and never resets them, so every MsgSeqNum below is exact.
/// </summary>
public sealed class QuickFixExecutorInitiatorTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan _logonTimeout = TimeSpan.FromSeconds(30);
    private readonly string _store = Directory.CreateTempSubdirectory("quickfix-interop-initiator-").FullName;

    public void Dispose() => Directory.Delete(_store, recursive: true);

    [QuickFixExecutorFact]
    public async Task Initiator_trades_logs_out_and_reconnects_with_both_sides_continuing_their_sequence_numbers()
    {
        await using var executor = await QuickFixExecutorProcess.StartAsync(outputLine: output.WriteLine);
        var fills = Recorder(executor);
        await using (var initiator = await LogOnAsync(executor, fills))
        {
            Assert.True(initiator.Session.Send(Limit("L-1", 100m, 101.25m)));
            Assert.True(initiator.Session.Send(Limit("L-2", 50m, 99.5m)));
            Assert.True(initiator.Session.Send(Limit("L-3", 7m, 12m)));

            var reports = await fills.WaitForAsync(IsExecutionReport, count: 3);
            Assert.Equal(["L-1", "L-2", "L-3"], reports.Select(r => r.GetString(FixTags.ClOrdId)));
            Assert.Equal([2, 3, 4], reports.Select(r => r.MsgSeqNum));
            Assert.All(reports, r => Assert.Equal('F', r.GetChar(FixTags.ExecType)));
            Assert.All(reports, r => Assert.Equal('2', r.GetChar(FixTags.OrdStatus)));
            Assert.All(reports, r => Assert.Equal(r.GetDecimal(FixTags.OrderQty), r.GetDecimal(FixTags.LastQty)));
            Assert.All(reports, r => Assert.Equal(r.GetDecimal(FixTags.OrderQty), r.GetDecimal(FixTags.CumQty)));
            Assert.All(reports, r => Assert.Equal(0m, r.GetDecimal(FixTags.LeavesQty)));
            Assert.Equal([101.25m, 99.5m, 12m], reports.Select(r => r.GetDecimal(FixTags.LastPx)));

            await initiator.StopAsync();
            Assert.Equal(6, initiator.Session.NextSenderSeqNum);
            Assert.Equal(6, initiator.Session.NextTargetSeqNum);
        }

        await using var again = await LogOnAsync(executor, fills);
        Assert.Equal(7, again.Session.NextSenderSeqNum);
        Assert.Equal(7, again.Session.NextTargetSeqNum);
        Assert.True(again.Session.Send(Limit("L-4", 10m, 5m)));
        var fill = (await fills.ReportsForAsync("L-4"))[0];
        Assert.Equal(7, fill.MsgSeqNum);
        Assert.False(fill.IsFlagSet(FixTags.PossDupFlag));
        Assert.Equal(4, (await fills.WaitForAsync(IsExecutionReport, count: 4)).Count);
    }

    [QuickFixExecutorFact]
    public async Task After_an_executor_crash_and_restart_the_initiator_reconnects_and_trades_on_the_same_sequence()
    {
        await using var executor = await QuickFixExecutorProcess.StartAsync(outputLine: output.WriteLine);
        var fills = Recorder(executor);
        await using var initiator = await LogOnAsync(executor, fills);
        initiator.Session.Send(Limit("K-1", 100m, 10m));
        Assert.Equal(2, (await fills.ReportsForAsync("K-1"))[0].MsgSeqNum);
        var connections = initiator.ConnectionCount;

        await executor.RestartAsync();
        await WaitUntilAsync(() => initiator.ConnectionCount > connections && initiator.Session.IsLoggedOn, executor);

        Assert.Equal(4, initiator.Session.NextSenderSeqNum);
        Assert.Equal(4, initiator.Session.NextTargetSeqNum);
        Assert.True(initiator.Session.Send(Limit("K-2", 100m, 11m)));
        var fill = (await fills.ReportsForAsync("K-2"))[0];
        Assert.Equal(4, fill.MsgSeqNum);
        Assert.Equal(11m, fill.GetDecimal(FixTags.LastPx));
        // the restarted executor counts ExecIDs from 1 again (tests/interop/README.md): a client must not rely on them across its restarts
        Assert.Equal((await fills.ReportsForAsync("K-1"))[0].GetString(FixTags.ExecId), fill.GetString(FixTags.ExecId));
    }

    [QuickFixExecutorFact]
    public async Task Reports_our_side_lost_are_recovered_from_the_restarted_executor_by_resend_request_with_PossDupFlag()
    {
        await using var executor = await QuickFixExecutorProcess.StartAsync(outputLine: output.WriteLine);
        var fills = Recorder(executor);
        await using (var initiator = await LogOnAsync(executor, fills))
        {
            initiator.Session.Send(Limit("P-1", 100m, 20m));
            initiator.Session.Send(Limit("P-2", 200m, 21m));
            await fills.WaitForAsync(IsExecutionReport, count: 2);
            await initiator.StopAsync();
        }

        // as if our process had died before storing the last three messages it received (two fills and the Logout)
        using (var store = new FileMessageStore(StorePath(executor)))
        {
            Assert.Equal(5, store.NextTargetSeqNum);
            store.SetNextTargetSeqNum(2);
        }

        await executor.RestartAsync();
        var recovered = Recorder(executor);
        await using var again = await LogOnAsync(executor, recovered);

        var resent = await recovered.WaitForAsync(IsExecutionReport, count: 2);
        Assert.Equal(["P-1", "P-2"], resent.Select(r => r.GetString(FixTags.ClOrdId)));
        Assert.Equal([2, 3], resent.Select(r => r.MsgSeqNum));
        Assert.All(resent, r => Assert.True(r.IsFlagSet(FixTags.PossDupFlag)));
        Assert.All(resent, r => Assert.True(r.TryGetTimestamp(FixTags.OrigSendingTime, out _)));
        await WaitUntilAsync(() => again.Session.NextTargetSeqNum == 6, executor);
        Assert.True(again.Session.Send(Limit("P-3", 1m, 22m)));
        Assert.Equal(6, (await recovered.ReportsForAsync("P-3"))[0].MsgSeqNum);
    }

    [QuickFixExecutorFact]
    public async Task Executor_resend_request_for_messages_we_no_longer_have_is_answered_with_a_gap_fill_and_trading_goes_on()
    {
        await using var executor = await QuickFixExecutorProcess.StartAsync(outputLine: output.WriteLine);
        var fills = Recorder(executor);
        await using (var initiator = await LogOnAsync(executor, fills))
        {
            initiator.Session.Send(Limit("G-1", 100m, 30m));
            await fills.ReportsForAsync("G-1");
            await initiator.StopAsync();
        }

        // three numbers used for messages the executor never received and our store no longer holds
        using (var store = new FileMessageStore(StorePath(executor)))
        {
            Assert.Equal(4, store.NextSenderSeqNum);
            store.SetNextSenderSeqNum(7);
        }

        await using var again = await LogOnAsync(executor, fills);
        await WaitUntilAsync(() => executor.Output.Contains("\u000135=4\u0001", StringComparison.Ordinal), executor);
        Assert.True(again.Session.Send(Limit("G-2", 5m, 31m)));

        var fill = (await fills.ReportsForAsync("G-2"))[0];
        Assert.Equal(31m, fill.GetDecimal(FixTags.LastPx));
        Assert.Equal(9, again.Session.NextSenderSeqNum);
    }

    private RecordingApplication Recorder(QuickFixExecutorProcess executor) => new() { Diagnostics = () => $"Executor output:\n{executor.Output}" };

    private async Task<FixInitiator> LogOnAsync(QuickFixExecutorProcess executor, IFixApplication application)
    {
        var settings = new FixSessionSettings
        {
            Role = FixSessionRole.Initiator,
            SessionId = new FixSessionId("FIX.4.4", executor.TargetCompId, executor.SenderCompId),
            ConnectHost = executor.Host,
            ConnectPort = executor.Port,
            FileStorePath = _store,
            HeartBtInt = 30,
            ReconnectInterval = TimeSpan.FromMilliseconds(100),
            MaxReconnectInterval = TimeSpan.FromMilliseconds(500),
        };
        var initiator = new FixInitiator(settings, application);
        await initiator.StartAsync();
        try
        {
            await initiator.WaitForLogonAsync(_logonTimeout);
        }
        catch (TimeoutException e)
        {
            await initiator.DisposeAsync();
            throw new TimeoutException($"{e.Message} Executor output:\n{executor.Output}", e);
        }

        return initiator;
    }

    private string StorePath(QuickFixExecutorProcess executor) =>
        Path.Combine(_store, new FixSessionId("FIX.4.4", executor.TargetCompId, executor.SenderCompId).FileName + ".fixlog");

    private static bool IsExecutionReport(FixMessage message) => message.MsgType == FixMsgTypes.ExecutionReport;

    private static FixMessageBuilder Limit(string clOrdId, decimal quantity, decimal price) =>
        new FixMessageBuilder(FixMsgTypes.NewOrderSingle)
            .Add(FixTags.ClOrdId, clOrdId).Add(FixTags.HandlInst, '1').Add(FixTags.Symbol, "AAPL").Add(FixTags.Side, '1')
            .AddTimestamp(FixTags.TransactTime, DateTime.UtcNow).Add(FixTags.OrderQty, quantity)
            .Add(FixTags.OrdType, '2').Add(FixTags.Price, price);

    /// <summary>Waits for a condition the sessions reach on their own (a reconnect, a gap fill), failing with the executor's log.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition, QuickFixExecutorProcess executor)
    {
        using var timeout = new CancellationTokenSource(_logonTimeout);
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        while (!condition())
        {
            try
            {
                await ticks.WaitForNextTickAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Condition not reached within {_logonTimeout.TotalSeconds} s. Executor output:\n{executor.Output}");
            }
        }
    }
}
