using Microsoft.Extensions.Logging;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Execution.Delivery;
using OrleansTrading.Execution.Reconciliation;
using OrleansTrading.Execution.Routing;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;

namespace OrleansTrading.Execution.Fix;

/// <summary>
/// Inbound: the session's callbacks (they run under the session lock, so they only decode, route, journal and queue)
/// and the delivery of each queued message to its order grain, followed by what its arrival means for the route
/// (closed orders leave the open set) and for reconciliation.
/// </summary>
public sealed partial class FixVenueConnector
{
    private const int StalledAfterAttempts = 5;

    public ApplicationMessageResult OnMessage(FixSession session, FixMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var type = message.MsgTypeBytes;
        if (type.SequenceEqual("8"u8))
        {
            return OnExecutionReport(message);
        }

        if (type.SequenceEqual("9"u8))
        {
            return OnCancelReject(message);
        }

        if (type.SequenceEqual("j"u8))
        {
            OnBusinessReject(message);
            return ApplicationMessageResult.Accepted;
        }

        return ApplicationMessageResult.UnsupportedMessageType;
    }

    public void OnSendingLogon(FixSession session, FixMessageBuilder logon)
    {
        ArgumentNullException.ThrowIfNull(logon);
        if (_options.Username is { Length: > 0 } username)
        {
            logon.Add(FixTags.Username, username);
        }

        if (_options.Password is { Length: > 0 } password)
        {
            logon.Add(FixTags.Password, password);
        }
    }

    /// <summary>An order or replace that waited too long for a resend is gap-filled instead: it must not reach the market late.</summary>
    public bool OnResending(FixSession session, FixMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var type = message.MsgTypeBytes;
        if ((type.SequenceEqual("D"u8) || type.SequenceEqual("G"u8))
            && message.TryGetTimestamp(FixTags.TransactTime, out var transactTime)
            && _time.GetUtcNow().UtcDateTime - transactTime > _options.StaleOrderAge)
        {
            LogStaleNotResent(_logger, Venue, message.GetString(FixTags.ClOrdId), message.MsgSeqNum);
            return false;
        }

        return true;
    }

    private ApplicationMessageResult OnExecutionReport(FixMessage message)
    {
        var run = Volatile.Read(ref _run);
        var massReply = run is not null && message.GetString(VenueFixTags.MassStatusReqId) == run.MassRequestId;
        int? totalReports = message.TryGetInt(VenueFixTags.TotNumReports, out var total) ? total : null;
        if (massReply && totalReports == 0)
        {
            // "no orders": some venues answer a mass status request with one empty report
            run!.EndMass();
            return ApplicationMessageResult.Accepted;
        }

        var item = Prepare(message, out var rejectText);
        if (massReply)
        {
            run!.OnMassReply(item?.OrderKey, totalReports, message.IsFlagSet(VenueFixTags.LastRptRequested));
        }

        if (item is null)
        {
            return rejectText is null ? ApplicationMessageResult.Accepted : ApplicationMessageResult.Reject(BusinessRejectReason.Other, rejectText);
        }

        item.JournalSequence = Journal(message, item.Route);
        Enqueue(item);
        return ApplicationMessageResult.Accepted;
    }

    private ApplicationMessageResult OnCancelReject(FixMessage message)
    {
        var item = Prepare(message, out var rejectText);
        if (item is null)
        {
            return rejectText is null ? ApplicationMessageResult.Accepted : ApplicationMessageResult.Reject(BusinessRejectReason.Other, rejectText);
        }

        item.JournalSequence = Journal(message, item.Route);
        Enqueue(item);
        return ApplicationMessageResult.Accepted;
    }

    private void OnBusinessReject(FixMessage message)
    {
        var refType = message.GetString(FixTags.RefMsgType) ?? "?";
        var refId = message.GetString(VenueFixTags.BusinessRejectRefId);
        var text = message.GetString(FixTags.Text) ?? "no reason given";
        if (refType == FixMsgTypes.OrderMassStatusRequest && Volatile.Read(ref _run) is { } run)
        {
            run.EndMass();
            Raise(Discrepancy(DiscrepancyKind.BusinessReject, true,
                $"The venue refused the OrderMassStatusRequest ({text}); asking order by order instead. Set Reconciliation to \"status\" for this venue."));
            return;
        }

        if (refId is not null && _routes!.TryResolve(refId, out var route))
        {
            Raise(Discrepancy(DiscrepancyKind.BusinessReject, false,
                $"The venue refused our {refType} for ClOrdID {refId}: {text}. Asking the venue for the order's status to settle it.", route, refId));
            _ = Task.Run(() => RequestStatusAsync(route));
            return;
        }

        Raise(Discrepancy(DiscrepancyKind.BusinessReject, false,
            $"The venue refused our {refType} (reference {refId ?? "none"}, message {message.GetString(FixTags.RefSeqNum) ?? "?"}): {text}.", clientOrderId: refId));
    }

    /// <summary>
    /// Routes and decodes one report. Null when there is nothing to deliver: the ClOrdID is unknown (a discrepancy), or
    /// the report cannot be decoded (a discrepancy, and <paramref name="rejectText"/> for a BusinessMessageReject).
    /// </summary>
    private InboundItem? Prepare(FixMessage message, out string? rejectText)
    {
        rejectText = null;
        var clientOrderId = message.GetString(FixTags.ClOrdId);
        var origClientOrderId = message.GetString(FixTags.OrigClOrdId);
        OrderRoute? route = null;
        var routed = (clientOrderId is not null && _routes!.TryResolve(clientOrderId, out route))
            || (origClientOrderId is not null && _routes!.TryResolve(origClientOrderId, out route));
        var isExecutionReport = message.MsgTypeBytes.SequenceEqual("8"u8);
        if (!routed)
        {
            var orphan = isExecutionReport && message.Contains(VenueFixTags.MassStatusReqId);
            Raise(new VenueDiscrepancy(Venue, orphan ? DiscrepancyKind.UnknownOrderAtVenue : DiscrepancyKind.UnroutableReport, false,
                orphan
                    ? $"The venue works order {clientOrderId ?? message.GetString(FixTags.OrderId)} ({Summary(message)}), which the platform does not know: cancel it at the venue or adopt it."
                    : $"{(isExecutionReport ? "ExecutionReport" : "OrderCancelReject")} for ClOrdID {clientOrderId ?? "(none)"} ({Summary(message)}) names no order in this venue's routing table; it was not applied.",
                Now)
            {
                ClientOrderId = clientOrderId,
                ExecId = message.GetString(FixTags.ExecId),
            });
            return null;
        }

        string? error;
        if (isExecutionReport)
        {
            var currency = _instruments.Find(route!.Instrument)?.QuoteCurrency;
            if (FixReportReader.TryReadExecutionReport(message, currency, out var report, out var warning, out error))
            {
                if (warning is not null)
                {
                    Raise(Discrepancy(DiscrepancyKind.MalformedReport, false, $"Report {report.ExecId} applied without its commission: {warning}", route, clientOrderId) with { ExecId = report.ExecId.Value });
                }

                return new InboundItem
                {
                    JournalSequence = 0,
                    Route = route,
                    Report = report,
                    IsUnknownOrder = FixReportReader.IsUnknownOrderAnswer(message),
                    ClientOrderId = clientOrderId!,
                    Text = report.Text,
                };
            }
        }
        else if (FixReportReader.TryReadCancelReject(message, out var reject, out error))
        {
            return new InboundItem { JournalSequence = 0, Route = route!, CancelReject = reject, ClientOrderId = clientOrderId!, Text = reject.Text };
        }

        Raise(Discrepancy(DiscrepancyKind.MalformedReport, false,
            $"A {(isExecutionReport ? "ExecutionReport" : "OrderCancelReject")} for order {route!.OrderKey} could not be decoded: {error} The venue was sent a BusinessMessageReject; ask it for the order's status.",
            route, clientOrderId) with { ExecId = message.GetString(FixTags.ExecId) });
        rejectText = error;
        return null;
    }

    /// <summary>Keeps the message until its grain has it; 0 when the journal cannot be written (delivered from memory only).</summary>
    private long Journal(FixMessage message, OrderRoute route)
    {
        try
        {
            return _journal!.Append(message.RawBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            Raise(Discrepancy(DiscrepancyKind.JournalWriteFailed, false,
                $"Report {message.GetString(FixTags.ExecId) ?? "(cancel reject)"} could not be journaled ({ex.Message}); it is delivered from memory, so a crash before delivery would lose it. Check the disk of {_options.StoreDirectory}.",
                route, message.GetString(FixTags.ClOrdId)));
            return 0;
        }
    }

    private void Enqueue(InboundItem item)
    {
        if (!_dispatcher!.Enqueue(item))
        {
            LogNotQueued(_logger, Venue, item.OrderKey, item.JournalSequence);
        }
    }

    /// <summary>Queues what the journal holds undelivered from before the restart, ahead of anything new.</summary>
    private void RedeliverJournal()
    {
        var message = new FixMessage();
        foreach (var pending in _journal!.Pending())
        {
            if (FixParser.Parse(pending.Message, message) != FixParseStatus.Ok)
            {
                Raise(Discrepancy(DiscrepancyKind.MalformedReport, false, $"Journaled message {pending.Sequence} is unreadable and was skipped; reconciliation will ask the venue."));
                _journal.MarkDelivered(pending.Sequence);
                continue;
            }

            if (Prepare(message, out _) is { } item)
            {
                item.JournalSequence = pending.Sequence;
                Enqueue(item);
            }
            else
            {
                _journal.MarkDelivered(pending.Sequence);
            }
        }
    }

    /// <summary>Delivers one message to its order grain, then handles what follows; retried by the dispatcher on failure.</summary>
    private async Task HandleAsync(InboundItem item, CancellationToken cancellationToken)
    {
        if (!item.Delivered)
        {
            if (item.IsUnknownOrder)
            {
                // The venue's answer is itself a report (ExecType I, OrdStatus Rejected): applied first, it rejects an order the
                // venue never acknowledged; the notice then lets the order raise its own discrepancy if it was acknowledged.
                await _orders.ApplyExecutionAsync(item.OrderKey, Venue, item.Report!).ConfigureAwait(false);
                await _orders.ApplyVenueUnknownAsync(item.OrderKey, new VenueOrderUnknown(Venue, new ClientOrderId(item.ClientOrderId), item.Text, Now)).ConfigureAwait(false);
            }
            else if (item.Report is { } report)
            {
                await _orders.ApplyExecutionAsync(item.OrderKey, Venue, report).ConfigureAwait(false);
            }
            else
            {
                await _orders.ApplyCancelRejectAsync(item.OrderKey, Venue, item.CancelReject!).ConfigureAwait(false);
            }

            item.Delivered = true;
        }

        if (item.IsStatusReply)
        {
            await AssessStatusReplyAsync(item).ConfigureAwait(false);
        }
        else if (item.Report is { } report && report.OrdStatus.IsTerminal())
        {
            await SettleClosedAsync(item, report).ConfigureAwait(false);
        }
        else if (item.CancelReject is { Reason: CancelRejectReason.UnknownOrder })
        {
            // the venue does not know the order we tried to cancel or replace: find out what it does know
            await RequestStatusAsync(item.Route).ConfigureAwait(false);
        }

        if (item.JournalSequence > 0)
        {
            _journal!.MarkDelivered(item.JournalSequence);
        }
    }

    /// <summary>A report closed the order at the venue: close its route once the grain agrees, or say what is missing.</summary>
    private async Task SettleClosedAsync(InboundItem item, ExecutionReport report)
    {
        var state = await _orders.GetAsync(item.OrderKey).ConfigureAwait(false);
        if (state is null)
        {
            Raise(Discrepancy(DiscrepancyKind.OrderMissingOnPlatform, false,
                $"{report.ExecType} report {report.ExecId} ({report.OrdStatus}) was delivered to order {item.OrderKey}, which does not exist at the platform.", item.Route, item.ClientOrderId) with { ExecId = report.ExecId.Value });
        }
        else if (state.IsTerminal)
        {
            _routes!.Close(item.OrderKey, Now);
        }
        else if (report.CumQty > state.CumQty)
        {
            Raise(Discrepancy(DiscrepancyKind.MissedFills, false,
                $"The venue closed order {item.ClientOrderId} ({report.OrdStatus}) having executed {report.CumQty}, but the platform has recorded {state.CumQty}; the order stays open for the missing fills.", item.Route, item.ClientOrderId)
                with { ExecId = report.ExecId.Value, VenueCumQty = report.CumQty, PlatformCumQty = state.CumQty });
        }
    }

    private void OnDeliveryFailed(InboundItem item, Exception exception, int attempt)
    {
        LogDeliveryFailed(_logger, exception, Venue, item.OrderKey, attempt);
        if (attempt == StalledAfterAttempts)
        {
            Raise(Discrepancy(DiscrepancyKind.DeliveryStalled, false,
                $"A report for order {item.OrderKey} has failed {attempt} delivery attempts ({exception.Message}); it stays journaled and is retried every {ReportDispatcher.MaxRetryDelay.TotalSeconds:0} s. Later reports of the same order wait behind it.",
                item.Route, item.ClientOrderId) with { ExecId = item.Report?.ExecId.Value });
        }
    }

    private static string Summary(FixMessage message) =>
        $"ExecType {message.GetString(FixTags.ExecType) ?? "-"}, OrdStatus {message.GetString(FixTags.OrdStatus) ?? "-"}, Symbol {message.GetString(FixTags.Symbol) ?? "-"}, " +
        $"LastQty {message.GetString(FixTags.LastQty) ?? "0"} @ {message.GetString(FixTags.LastPx) ?? "-"}, CumQty {message.GetString(FixTags.CumQty) ?? "-"}, ExecID {message.GetString(FixTags.ExecId) ?? "-"}";

    [LoggerMessage(EventId = 5120, Level = LogLevel.Warning, Message = "Venue {Venue}: delivering a report to order {OrderKey} failed (attempt {Attempt}); retrying")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, VenueId venue, string orderKey, int attempt);

    [LoggerMessage(EventId = 5121, Level = LogLevel.Warning, Message = "Venue {Venue}: not resending stale order request {ClientOrderId} (message {SeqNum}); it is gap-filled and reconciliation settles the order")]
    private static partial void LogStaleNotResent(ILogger logger, VenueId venue, string? clientOrderId, int seqNum);

    [LoggerMessage(EventId = 5122, Level = LogLevel.Warning, Message = "Venue {Venue}: stopping, a report for order {OrderKey} was left in the journal (entry {Sequence}) for the next start")]
    private static partial void LogNotQueued(ILogger logger, VenueId venue, string orderKey, long sequence);
}
