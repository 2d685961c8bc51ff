using OrleansTrading.Domain.Time;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;
using OrleansTrading.VenueSimulator.Listings;
using OrleansTrading.VenueSimulator.Matching;

namespace OrleansTrading.VenueSimulator.Gateway;

/// <summary>
/// Delivers reports to the sessions of their recipients, each when it is due, in order per recipient:
/// <list type="bullet">
/// <item>A report due now for the session whose request caused it, with nothing of that recipient waiting ahead of it,
/// is sent at once on the caller's thread (the order → ack path adds no thread hop).</item>
/// <item>Everything else — later reports, reports for other sessions (the contra side of a match), reports for a session
/// that is not logged on — goes through one delivery loop that sends each when due. A recipient's reports wait while
/// its session is logged off and are sent, in order, after its next logon: no execution is lost to a disconnect
/// (until the simulator stops: the queue is in memory).</item>
/// <item>Reports for participants without a session (the liquidity ladder's market maker) are dropped.</item>
/// <item><see cref="ScheduledReport.DropConnectionAfter"/> drops the session's TCP connection right after the report.</item>
/// </list>
/// Locking: <see cref="Dispatch"/> may be called while holding a session's lock (inside its callback) and the venue lock;
/// the loop never holds the dispatcher lock while it sends, so no lock order can cycle.
/// </summary>
internal sealed class ReportDispatcher : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ParticipantId, Recipient> _recipients = [];
    private readonly PriorityQueue<OutboundReport, (UnixNanos DueAt, long Sequence)> _scheduled = new();
    private readonly SymbolMap _symbols;
    private readonly TimeProvider _time;
    private readonly FixMessageBuilder _inlineMessage = new(FixMsgTypes.ExecutionReport);
    private readonly FixMessageBuilder _loopMessage = new(FixMsgTypes.ExecutionReport);
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource _wake = NewWake();
    private long _sequence;
    private Task? _loop;

    public ReportDispatcher(SymbolMap symbols, TimeProvider time)
    {
        _symbols = symbols ?? throw new ArgumentNullException(nameof(symbols));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>Names the session that receives <paramref name="participant"/>'s reports (before <see cref="Start"/>).</summary>
    public void AddRecipient(ParticipantId participant, FixSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        lock (_lock)
        {
            if (_loop is not null)
            {
                throw new InvalidOperationException("Add recipients before the report dispatcher starts.");
            }

            if (!_recipients.TryAdd(participant, new Recipient(session)))
            {
                throw new ArgumentException($"Participant {participant} already has a session ({_recipients[participant].Session.Id}).", nameof(participant));
            }
        }
    }

    /// <summary>Reports waiting for delivery (scheduled, or due and not yet sent).</summary>
    public int Pending
    {
        get
        {
            lock (_lock)
            {
                var pending = _scheduled.Count;
                foreach (var recipient in _recipients.Values)
                {
                    pending += recipient.Ready.Count;
                }

                return pending;
            }
        }
    }

    public void Start()
    {
        if (_loop is not null)
        {
            throw new InvalidOperationException("The report dispatcher is already started.");
        }

        _loop = DeliverAsync(_stopping.Token);
    }

    /// <summary>
    /// Takes the reports of one venue operation, in the order the venue gave them. <paramref name="current"/> is the
    /// session whose request caused them (its own reports due now are sent before this returns), or null.
    /// </summary>
    public void Dispatch(IReadOnlyList<OutboundReport> reports, FixSession? current)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            return;
        }

        var wake = false;
        lock (_lock)
        {
            var now = Now();
            PromoteDue(now);
            foreach (var report in reports)
            {
                if (!_recipients.TryGetValue(report.Scheduled.Recipient, out var recipient))
                {
                    continue;
                }

                if (report.Scheduled.DueAt > now)
                {
                    _scheduled.Enqueue(report, (report.Scheduled.DueAt, _sequence++));
                    wake = true;
                }
                else if (!ReferenceEquals(recipient.Session, current) || recipient.Ready.Count > 0 || !TrySend(recipient.Session, report, _inlineMessage))
                {
                    recipient.Ready.Enqueue(report);
                    wake = true;
                }
            }

            if (wake)
            {
                _wake.TrySetResult();
            }
        }
    }

    /// <summary>A participant's session logged on: deliver what waited for it.</summary>
    public void OnLogon(ParticipantId participant)
    {
        lock (_lock)
        {
            if (_recipients.TryGetValue(participant, out var recipient))
            {
                recipient.Logons++;
                recipient.WaitingForLogon = false;
                _wake.TrySetResult();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        _stopping.Dispose();
    }

    private async Task DeliverAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Recipient? next;
            OutboundReport? report = null;
            var logons = 0;
            Task wake;
            TimeSpan? delay = null;
            lock (_lock)
            {
                if (_wake.Task.IsCompleted)
                {
                    _wake = NewWake();
                }

                var now = Now();
                PromoteDue(now);
                next = NextReady();
                wake = _wake.Task;
                if (next is not null)
                {
                    next.InFlight = true;
                    report = next.Ready.Peek();
                    logons = next.Logons;
                }
                else if (_scheduled.TryPeek(out _, out var first))
                {
                    delay = TimeSpan.FromTicks(Math.Max(first.DueAt.NanosSince(now) / 100, 0));
                }
            }

            if (next is not null)
            {
                var sent = TrySend(next.Session, report!, _loopMessage);
                lock (_lock)
                {
                    next.InFlight = false;
                    if (sent)
                    {
                        next.Ready.Dequeue();
                    }
                    else
                    {
                        next.WaitingForLogon = next.Logons == logons;
                    }
                }

                continue;
            }

            try
            {
                if (delay is { } wait)
                {
                    using var waitOrWake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    await Task.WhenAny(wake, Task.Delay(wait, _time, waitOrWake.Token)).ConfigureAwait(false);
                    await waitOrWake.CancelAsync().ConfigureAwait(false);
                }
                else
                {
                    await wake.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private Recipient? NextReady()
    {
        foreach (var recipient in _recipients.Values)
        {
            if (recipient.Ready.Count > 0 && !recipient.InFlight && !recipient.WaitingForLogon)
            {
                return recipient;
            }
        }

        return null;
    }

    private void PromoteDue(UnixNanos now)
    {
        while (_scheduled.TryPeek(out var report, out var due) && due.DueAt <= now)
        {
            _scheduled.Dequeue();
            _recipients[report.Scheduled.Recipient].Ready.Enqueue(report);
        }
    }

    private bool TrySend(FixSession session, OutboundReport report, FixMessageBuilder message)
    {
        ExecutionReportWriter.Write(message, report, _symbols);
        if (!session.Send(message))
        {
            return false;
        }

        if (report.Scheduled.DropConnectionAfter)
        {
            session.DropConnection("venue simulator behaviour: connection dropped after this report (dropConnectionAfterMessages)");
        }

        return true;
    }

    private UnixNanos Now() => UnixNanos.FromDateTimeOffset(_time.GetUtcNow());

    private static TaskCompletionSource NewWake() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>One participant's delivery state: its session, reports due and not yet sent (the head may be in flight).</summary>
    private sealed class Recipient(FixSession session)
    {
        public FixSession Session { get; } = session;

        public Queue<OutboundReport> Ready { get; } = new();

        public bool InFlight { get; set; }

        public bool WaitingForLogon { get; set; }

        public int Logons { get; set; }
    }
}
