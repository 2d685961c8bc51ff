using System.Globalization;
using Microsoft.Extensions.Logging;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Execution.Delivery;
using OrleansTrading.Execution.Reconciliation;
using OrleansTrading.Execution.Routing;
using OrleansTrading.Fix.Session;

namespace OrleansTrading.Execution.Fix;

/// <summary>
/// Reconciliation after every logon. The engine has already asked for any sequence gap (the ResendRequest goes out
/// while the Logon is processed, before <see cref="OnLogon"/>), and FIX is sequenced both ways: the venue answers our
/// ResendRequest before it reads the status requests sent after it, and our session hands messages over strictly in
/// MsgSeqNum order. So each status answer reaches its order after every report the venue sent before it, recovered
/// ones included. The run asks about every open order in the routing table (order by order, or one mass status
/// request), applies each answer to the order grain, assesses it (<see cref="ReconciliationRules"/>) and raises a
/// discrepancy for whatever it cannot settle, including orders the venue never answered for.
/// </summary>
public sealed partial class FixVenueConnector
{
    private ReconciliationRun? _run;
    private Task _reconciliation = Task.CompletedTask;
    private long _runNumber;

    public void OnLogon(FixSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        LogLoggedOn(_logger, Venue, session.NextSenderSeqNum, session.NextTargetSeqNum);
        var now = Now;
        var run = new ReconciliationRun(
            string.Create(CultureInfo.InvariantCulture, $"{Venue.Value}-R{now.Value / 1_000_000_000}-{Interlocked.Increment(ref _runNumber)}"), now);
        Interlocked.Exchange(ref _run, run)?.Interrupt();
        lock (_statusLock)
        {
            _status = _status with { State = VenueReconciliationState.Running, LastStartedAt = now };
        }

        _reconciliation = Task.Run(() => ReconcileAsync(run));
    }

    public void OnLogout(FixSession session)
    {
        LogLoggedOut(_logger, Venue);
        Volatile.Read(ref _run)?.Interrupt();
    }

    private async Task ReconcileAsync(ReconciliationRun run)
    {
        var interrupted = false;
        try
        {
            var token = run.Interrupted;
            var toAsk = new List<(OrderRoute Route, PlatformOrderState State)>();
            foreach (var route in _routes!.OpenOrders())
            {
                var state = await GetWithRetryAsync(route.OrderKey, token).ConfigureAwait(false);
                if (state is null)
                {
                    Raise(Discrepancy(DiscrepancyKind.OrderMissingOnPlatform, false,
                        $"The routing table holds order {route.OrderKey} open, but the platform has no such order; it is not asked about.", route), run);
                    continue;
                }

                if (state.IsTerminal)
                {
                    _routes.Close(route.OrderKey, Now);
                    continue;
                }

                run.Expect(route.OrderKey);
                toAsk.Add((route, state));
            }

            if (_options.Reconciliation == ReconciliationMode.Mass)
            {
                SendOrInterrupt(session => session.Send(FixOrderMessages.OrderMassStatusRequest(_outbound, run.MassRequestId)), run);
                await WaitAsync(run.MassDone, _options.MassStatusTimeout, token).ConfigureAwait(false);
                toAsk.RemoveAll(o => run.SeenInMass(o.Route.OrderKey));
            }

            var number = 0;
            foreach (var (route, state) in toAsk)
            {
                var requestId = string.Create(CultureInfo.InvariantCulture, $"{run.Id}-{++number}");
                SendOrInterrupt(session => SendStatusRequest(session, route, state.ClientOrderId, state.VenueOrderId, requestId), run);
            }

            run.Seal();
            await WaitAsync(run.AllAnswered, _options.ReconciliationTimeout, token).ConfigureAwait(false);
            foreach (var orderKey in run.Unanswered())
            {
                Raise(Discrepancy(DiscrepancyKind.NoStatusReply, false,
                    $"The venue did not answer for order {orderKey} within {_options.ReconciliationTimeout.TotalSeconds:0.#} s; its status is unconfirmed.", _routes.Find(orderKey)), run);
            }
        }
        catch (OperationCanceledException) when (run.Interrupted.IsCancellationRequested)
        {
            interrupted = true;
        }
        catch (Exception ex)
        {
            LogReconciliationFailed(_logger, ex, Venue, run.Id);
            interrupted = true;
        }

        Complete(run, interrupted);
    }

    private void Complete(ReconciliationRun run, bool interrupted)
    {
        var ended = Now;
        lock (_statusLock)
        {
            if (ReferenceEquals(Volatile.Read(ref _run), run))
            {
                _status = interrupted
                    ? _status with { State = VenueReconciliationState.Interrupted }
                    : _status with
                    {
                        State = VenueReconciliationState.Completed,
                        LastReconciledAt = ended,
                        OrdersChecked = run.OrdersChecked,
                        LastRunDiscrepancies = run.Discrepancies,
                    };
            }
        }

        LogReconciled(_logger, Venue, run.Id, interrupted ? "interrupted" : "completed", run.OrdersChecked, run.Discrepancies);
        var result = new ReconciliationRunResult(Venue, run.Id, run.StartedAt, ended, run.OrdersChecked, run.Discrepancies, interrupted);
        foreach (var listener in _listeners)
        {
            try
            {
                listener.OnRunCompleted(result);
            }
            catch (Exception ex)
            {
                LogListenerFailed(_logger, ex, listener.GetType().Name);
            }
        }
    }

    /// <summary>Applied after the grain has the status answer: compare, act, and count the order as answered.</summary>
    private async Task AssessStatusReplyAsync(InboundItem item)
    {
        var report = item.Report!;
        var state = await _orders.GetAsync(item.OrderKey).ConfigureAwait(false);
        var route = _routes!.Find(item.OrderKey) ?? item.Route;
        var venue = new VenueOrderStatus(item.IsUnknownOrder, report.OrdStatus, report.CumQty, report.ClientOrderId);
        var assessment = ReconciliationRules.Assess(venue, state, state is { HasPendingRequest: true } ? route.LastRequestId : null);
        if (assessment.RestorePendingRequest && state is not null && route.LastRequestId is { } request)
        {
            var responseTo = state.Status == OrderStatus.PendingCancel ? CancelRejectResponseTo.CancelRequest : CancelRejectResponseTo.CancelReplaceRequest;
            await _orders.ApplyCancelRejectAsync(item.OrderKey, Venue, new CancelReject(request, responseTo, CancelRejectReason.Other, Now)
            {
                OrigClientOrderId = state.ClientOrderId,
                VenueOrderId = state.VenueOrderId,
                OrdStatus = report.OrdStatus,
                Text = assessment.Message,
            }).ConfigureAwait(false);
        }

        if (assessment.CloseRoute)
        {
            _routes.Close(item.OrderKey, Now);
        }

        var run = Volatile.Read(ref _run);
        if (assessment.Discrepancy is { } kind)
        {
            Raise(new VenueDiscrepancy(Venue, kind, assessment.Resolved, assessment.Message, Now)
            {
                OrderKey = item.OrderKey,
                ClientOrderId = item.ClientOrderId,
                ExecId = report.ExecId.Value,
                VenueCumQty = item.IsUnknownOrder ? null : report.CumQty,
                PlatformCumQty = state?.CumQty,
            }, run);
        }

        run?.Answered(item.OrderKey);
    }

    private async Task<PlatformOrderState?> GetWithRetryAsync(string orderKey, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await _orders.GetAsync(orderKey).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt < StalledAfterAttempts && ex is not OperationCanceledException)
            {
                LogStateReadFailed(_logger, ex, Venue, orderKey);
                await Task.Delay(ReportDispatcher.RetryDelay(attempt), _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private void SendOrInterrupt(Func<FixSession, bool> send, ReconciliationRun run)
    {
        lock (_sendLock)
        {
            if (LoggedOnSession() is { } session && send(session))
            {
                return;
            }
        }

        run.Interrupt();
        run.Interrupted.ThrowIfCancellationRequested();
    }

    /// <summary>Waits for <paramref name="task"/> at most <paramref name="timeout"/>; a timeout is not an error (what is missing gets reported).</summary>
    private async Task WaitAsync(Task task, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await task.WaitAsync(timeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }
    }

    [LoggerMessage(EventId = 5130, Level = LogLevel.Information, Message = "Venue {Venue}: logged on (next sender {SenderSeqNum}, next target {TargetSeqNum}); reconciling")]
    private static partial void LogLoggedOn(ILogger logger, VenueId venue, int senderSeqNum, int targetSeqNum);

    [LoggerMessage(EventId = 5131, Level = LogLevel.Warning, Message = "Venue {Venue}: logged out; orders are refused until the session is back")]
    private static partial void LogLoggedOut(ILogger logger, VenueId venue);

    [LoggerMessage(EventId = 5132, Level = LogLevel.Information, Message = "Venue {Venue}: reconciliation {RunId} {Outcome}: {Orders} open order(s) checked, {Discrepancies} unresolved discrepancy(ies)")]
    private static partial void LogReconciled(ILogger logger, VenueId venue, string runId, string outcome, int orders, int discrepancies);

    [LoggerMessage(EventId = 5133, Level = LogLevel.Error, Message = "Venue {Venue}: reconciliation {RunId} failed; the next logon starts a new one")]
    private static partial void LogReconciliationFailed(ILogger logger, Exception exception, VenueId venue, string runId);
}
