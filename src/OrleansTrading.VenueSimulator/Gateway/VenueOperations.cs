using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Fix.Session;
using OrleansTrading.VenueSimulator.Behaviours;
using OrleansTrading.VenueSimulator.Matching;

namespace OrleansTrading.VenueSimulator.Gateway;

/// <summary>
/// The one way into the <see cref="SimulatedVenue"/> (which is not thread-safe): each operation takes the venue lock,
/// reads the clock once (the wall clock enters here and nowhere deeper), runs the operation and hands its reports to
/// the <see cref="ReportDispatcher"/> while still holding the lock, so reports leave in the order the venue made them.
/// Sessions call it from their callbacks; the <see cref="TradingDayTimer"/> calls it for expiry and end of day.
/// </summary>
internal sealed class VenueOperations
{
    private readonly Lock _lock = new();
    private readonly SimulatedVenue _venue;
    private readonly ReportDispatcher _dispatcher;
    private readonly ReplyIds _replyIds;
    private readonly TimeProvider _time;

    public VenueOperations(SimulatedVenue venue, ReportDispatcher dispatcher, TimeProvider time)
    {
        _venue = venue ?? throw new ArgumentNullException(nameof(venue));
        _dispatcher = dispatcher ?? throw new ArgumentNullException(nameof(dispatcher));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _replyIds = new ReplyIds(venue.Engine.RunId);
    }

    public void Submit(NewOrderRequest request, FixSession current)
    {
        lock (_lock)
        {
            Dispatch(_venue.Submit(request, Now()), current);
        }
    }

    /// <summary>
    /// A NewOrderSingle flagged PossResend: when the participant already has an order with its ClOrdID, the order's
    /// status is reported instead of a duplicate reject (FIX: a possible resend must not be processed twice).
    /// </summary>
    public void SubmitPossibleResend(NewOrderRequest request, char side, FixSession current)
    {
        lock (_lock)
        {
            if (_venue.Engine.TryGetBook(request.Instrument, out var book) && book.FindOrder(request.Participant, request.ClientOrderId) is not null)
            {
                ReportStatus(new OrderStatusRequest(request.Participant, request.Instrument, request.ClientOrderId), null, side, current);
                return;
            }

            Dispatch(_venue.Submit(request, Now()), current);
        }
    }

    public void Cancel(CancelOrderRequest request, FixSession current)
    {
        lock (_lock)
        {
            Dispatch(_venue.Cancel(request, Now()), current);
        }
    }

    public void Replace(ReplaceOrderRequest request, FixSession current)
    {
        lock (_lock)
        {
            Dispatch(_venue.Replace(request, Now()), current);
        }
    }

    public void ReportStatus(OrderStatusRequest request, string? ordStatusReqId, char side, FixSession current)
    {
        lock (_lock)
        {
            var reports = _venue.ReportStatus(request, Now());
            var outbound = new List<OutboundReport>(reports.Count);
            foreach (var report in reports)
            {
                var context = new ReportContext { OrdStatusReqId = ordStatusReqId };
                if (report.Event is OrderStatusRejected)
                {
                    context = context with { ReplyExecId = _replyIds.NextExec(), Side = side };
                }

                outbound.Add(new OutboundReport(report, context));
            }

            _dispatcher.Dispatch(outbound, current);
        }
    }

    /// <summary>Every open order of the participant (of one instrument when given), or one "no open orders" report.</summary>
    public void ReportMassStatus(ParticipantId participant, InstrumentId? instrument, string symbol, string massStatusReqId, char? side, FixSession current)
    {
        lock (_lock)
        {
            var now = Now();
            var reports = new List<ScheduledReport>();
            foreach (var report in _venue.ReportMassStatus(participant, now))
            {
                if (instrument is null || (report.Event is OrderStatusReported status && status.Order.Instrument == instrument.Value))
                {
                    reports.Add(report);
                }
            }

            var outbound = new List<OutboundReport>(Math.Max(reports.Count, 1));
            for (var i = 0; i < reports.Count; i++)
            {
                outbound.Add(new OutboundReport(reports[i], new ReportContext
                {
                    MassStatusReqId = massStatusReqId,
                    TotNumReports = reports.Count,
                    LastReportRequested = i == reports.Count - 1,
                }));
            }

            if (reports.Count == 0)
            {
                outbound.Add(new OutboundReport(
                    new ScheduledReport(now, new NoOpenOrders(now, participant, symbol), IsDuplicate: false, DropConnectionAfter: false),
                    new ReportContext { MassStatusReqId = massStatusReqId, TotNumReports = 0, LastReportRequested = true, ReplyExecId = _replyIds.NextExec(), Side = side }));
            }

            _dispatcher.Dispatch(outbound, current);
        }
    }

    /// <summary>Expires GTD orders that are due and, when <paramref name="endOfDay"/>, ends the trading day.</summary>
    public void PassTime(bool endOfDay)
    {
        lock (_lock)
        {
            var now = Now();
            Dispatch(_venue.ExpireOrders(now), null);
            if (endOfDay)
            {
                Dispatch(_venue.EndOfDay(now), null);
            }
        }
    }

    /// <summary>Seeds an instrument's liquidity ladder (at start).</summary>
    public void SeedLiquidity(InstrumentId instrument, LiquidityLadder ladder)
    {
        lock (_lock)
        {
            Dispatch(_venue.SeedLiquidity(instrument, ladder, Now()), null);
        }
    }

    private void Dispatch(IReadOnlyList<ScheduledReport> reports, FixSession? current)
    {
        if (reports.Count == 0)
        {
            return;
        }

        var outbound = new OutboundReport[reports.Count];
        for (var i = 0; i < reports.Count; i++)
        {
            outbound[i] = new OutboundReport(reports[i], ReportContext.None);
        }

        _dispatcher.Dispatch(outbound, current);
    }

    private UnixNanos Now() => UnixNanos.FromDateTimeOffset(_time.GetUtcNow());
}
