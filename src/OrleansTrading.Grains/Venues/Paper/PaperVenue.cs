using System.Collections.Immutable;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.MarketData;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Simulation;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.MarketData;
using SimulatedOrder = OrleansTrading.Domain.Simulation.OrderView;

namespace OrleansTrading.Grains.Venues.Paper;

/// <summary>
/// The paper venue: orders fill against the latest quote through the kernel's <see cref="ExecutionSimulator"/> — the
/// same fill and fee models backtests use. What happens at once (ack, immediate fills, IOC/FOK cancels) is returned
/// to the caller; what happens later, on new quotes or at expiry, is delivered to the order grains in order. It keeps
/// every order's reports (done orders: the newest <see cref="PaperVenueOptions.RetainedDoneOrders"/>, and all of the last
/// <see cref="PaperVenueOptions.MinimumRetention"/>, serialized in a <see cref="DoneOrderArchive"/>), so a re-sent order
/// creates nothing new and a status request answers with the full history — an order grain that lost a response
/// when its silo died recovers from it. Like a real venue after a disconnect, it keeps no state across a restart:
/// status requests then find its orders unknown.
/// </summary>
public sealed partial class PaperVenue : IVenueConnector, IAsyncDisposable
{
    public static readonly VenueId Id = new("PAPER");

    private readonly Lock _lock = new();
    private readonly Dictionary<string, WorkingOrder> _working = new(StringComparer.Ordinal);
    private readonly RestingOrderBook _book = new();
    private readonly PriorityQueue<WorkingOrder, UnixNanos> _expiries = new(); // orders with an expiry, soonest first; done ones are skipped when due
    private readonly Dictionary<string, List<ExecutionReport>> _reports = new(StringComparer.Ordinal); // working orders'
    private readonly DoneOrderArchive _done;
    private static readonly TimeSpan _redeliveryPeriod = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan _maxRedeliveryDelay = TimeSpan.FromSeconds(5);

    private readonly TimeSpan _minimumRetention;
    private readonly Lock _stalledLock = new();
    private readonly Dictionary<string, Queue<ExecutionReport>> _stalled = new(StringComparer.Ordinal);
    private readonly int _retainedDoneOrders;
    private readonly Dictionary<InstrumentId, QuoteTick> _quotes = [];
    private readonly Channel<(string OrderKey, ExecutionReport Report)> _outbox = Channel.CreateUnbounded<(string, ExecutionReport)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IInstrumentCatalog _instruments;
    private readonly IGrainFactory _grains;
    private readonly IClock _clock;
    private readonly MarketPriceBook _prices;
    private readonly ILogger<PaperVenue> _logger;
    private readonly ExecutionSimulator _simulator;
    private readonly string _runId;
    private readonly Task _delivery;
    private long _execSequence;
    private long _orderSequence;

    public PaperVenue(
        IInstrumentCatalog instruments, IGrainFactory grains, IClock clock, MarketPriceBook prices, PaperVenueOptions options, Serializer serializer, ILogger<PaperVenue> logger)
    {
        _done = new DoneOrderArchive(serializer);
        _instruments = instruments;
        _grains = grains;
        _clock = clock;
        _prices = prices;
        _logger = logger;
        _retainedDoneOrders = options.RetainedDoneOrders;
        _minimumRetention = options.MinimumRetention;
        _simulator = new ExecutionSimulator(
            new FillModel(new FillModelOptions(options.QuoteParticipation, 1m, options.FillRestingLimitAtTouch), NoSlippage.Instance),
            new BoundedFee(new BasisPointFee(options.FeeBasisPoints), options.MinimumFee, null),
            new FixedLatency(TimeSpan.Zero, TimeSpan.Zero));
        _runId = Convert.ToString(clock.UtcNow.Value / UnixNanos.NanosPerMillisecond, 16) + Random.Shared.Next(0x1000, 0xFFFF).ToString("x4", System.Globalization.CultureInfo.InvariantCulture);
        _delivery = Task.Run(DeliverAsync);
    }

    public string Kind => "paper";

    public bool AnswersWithinSend => true;

    public bool Connected => true;

    public int OpenOrders
    {
        get
        {
            lock (_lock)
            {
                return _working.Count;
            }
        }
    }

    public Task<VenueResponse> SendAsync(VenueOrder order)
    {
        var now = _clock.UtcNow;
        var reports = ImmutableArray.CreateBuilder<ExecutionReport>();
        lock (_lock)
        {
            if (History(order.OrderKey) is { } history)
            {
                // a re-send (the sender lost our answer): nothing new, only what the order has had so far
                return Task.FromResult(VenueResponse.Immediate(history));
            }

            if (_instruments.Find(order.Instrument) is not { } instrument)
            {
                return Task.FromResult(VenueResponse.Refused(new Refusal("VENUE_UNKNOWN_SYMBOL", $"The paper venue does not list {order.Instrument}.")));
            }

            var hasQuote = _quotes.TryGetValue(order.Instrument, out var quote);
            if (order.Type == OrderType.Market && !hasQuote)
            {
                return Task.FromResult(VenueResponse.Refused(new Refusal("VENUE_NO_QUOTE", $"The paper venue has no quote for {order.Instrument}, so it cannot price a market order.")));
            }

            var expiresAt = order.TimeInForce switch
            {
                TimeInForce.Gtd => order.ExpireTime,
                TimeInForce.Day => instrument.Schedule.DayOrderExpiry(now),
                _ => null,
            };
            var sequence = ++_orderSequence;
            var working = new WorkingOrder(order, sequence, new VenueOrderId($"P{_runId}-{sequence}"), instrument, expiresAt);
            _working[order.OrderKey] = working;
            _reports[order.OrderKey] = [];
            reports.Add(Report(working, ExecType.New, OrderStatus.New, Quantity.Zero, Price.Zero, now));
            if (hasQuote)
            {
                Match(working, quote, now, reports);
            }
            else if (order.TimeInForce is TimeInForce.Ioc or TimeInForce.Fok)
            {
                Cancel(working, now, reports, "No quote: immediate-or-cancel order canceled");
            }

            FileIfWorking(working);
            if (expiresAt is { } at && _working.ContainsKey(order.OrderKey))
            {
                ScheduleExpiry(working, at);
            }
        }

        return Task.FromResult(VenueResponse.Immediate(reports.ToImmutable()));
    }

    public Task<VenueResponse> CancelAsync(VenueCancelRequest request)
    {
        var now = _clock.UtcNow;
        lock (_lock)
        {
            if (!_working.TryGetValue(request.OrderKey, out var working))
            {
                return Task.FromResult(VenueResponse.Immediate(new CancelReject(request.VenueClientOrderId, CancelRejectResponseTo.CancelRequest, CancelRejectReason.TooLateToCancel, now)
                {
                    OrigClientOrderId = request.OrigVenueClientOrderId,
                    VenueOrderId = request.VenueOrderId,
                    Text = "The order is no longer working at the paper venue (filled, canceled, expired or unknown).",
                }));
            }

            var orig = working.ClientOrderId;
            working.ClientOrderId = request.VenueClientOrderId;
            var report = Report(working, ExecType.Canceled, OrderStatus.Canceled, Quantity.Zero, Price.Zero, now, orig);
            Retire(working);
            return Task.FromResult(VenueResponse.Immediate([report]));
        }
    }

    public Task<VenueResponse> ReplaceAsync(VenueReplaceRequest request)
    {
        var now = _clock.UtcNow;
        var reports = ImmutableArray.CreateBuilder<ExecutionReport>();
        lock (_lock)
        {
            if (!_working.TryGetValue(request.OrderKey, out var working) || request.Quantity <= working.Filled)
            {
                return Task.FromResult(VenueResponse.Immediate(new CancelReject(request.VenueClientOrderId, CancelRejectResponseTo.CancelReplaceRequest, CancelRejectReason.TooLateToCancel, now)
                {
                    OrigClientOrderId = request.OrigVenueClientOrderId,
                    VenueOrderId = request.VenueOrderId,
                    Text = working is null
                        ? "The order is no longer working at the paper venue."
                        : $"The new quantity {request.Quantity} is not above the {working.Filled} already filled.",
                }));
            }

            var orig = working.ClientOrderId;
            _book.Remove(working); // its price changes: filed again below under the new one
            working.ClientOrderId = request.VenueClientOrderId;
            working.Quantity = request.Quantity;
            working.LimitPrice = request.LimitPrice;
            working.StopPrice = request.StopPrice;
            reports.Add(Report(working, ExecType.Replaced, working.Status, Quantity.Zero, Price.Zero, now, orig));
            if (_quotes.TryGetValue(working.Order.Instrument, out var quote))
            {
                Match(working, quote, now, reports);
            }

            FileIfWorking(working);
        }

        return Task.FromResult(VenueResponse.Immediate(reports.ToImmutable()));
    }

    public Task<VenueResponse> StatusAsync(VenueOrderStatusRequest request)
    {
        lock (_lock)
        {
            return Task.FromResult(History(request.OrderKey) is { } history ? VenueResponse.Immediate(history) : VenueResponse.Unknown);
        }
    }

    /// <summary>A new quote: working orders on the instrument may fill; their reports go to the order grains.</summary>
    public void OnQuote(QuoteTick quote)
    {
        _prices.Update(quote.Instrument, new Price((quote.Bid.Value + quote.Ask.Value) / 2m));
        var now = _clock.UtcNow;
        lock (_lock)
        {
            _quotes[quote.Instrument] = quote;
            foreach (var working in _book.Reachable(quote))
            {
                var reports = ImmutableArray.CreateBuilder<ExecutionReport>();
                _book.Remove(working); // a stop may trigger or the order complete: filed again below if it still works
                try
                {
                    Match(working, quote, now, reports);
                }
                catch (ArgumentException ex)
                {
                    // one order the simulator cannot evaluate must not stop the quote reaching the others; it keeps working
                    LogMatchFailed(_logger, ex, working.Order.OrderKey, quote.Instrument);
                    continue;
                }
                finally
                {
                    FileIfWorking(working);
                }

                Enqueue(working.Order.OrderKey, reports);
            }
        }
    }

    /// <summary>
    /// Expires Day and GTD orders whose time has come (called on a timer): only the due ones are visited, soonest
    /// first, however many orders rest without an expiry.
    /// </summary>
    public void ExpireDue()
    {
        var now = _clock.UtcNow;
        lock (_lock)
        {
            while (_expiries.TryPeek(out var working, out var at) && at <= now)
            {
                _expiries.Dequeue();
                if (!_working.TryGetValue(working.Order.OrderKey, out var current) || !ReferenceEquals(current, working))
                {
                    continue; // done before its expiry
                }

                var expired = Report(working, ExecType.Expired, OrderStatus.Expired, Quantity.Zero, Price.Zero, now);
                Retire(working);
                Enqueue(working.Order.OrderKey, [expired]);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _outbox.Writer.TryComplete();
        await _delivery.ConfigureAwait(false);
    }

    private void Match(WorkingOrder working, QuoteTick quote, UnixNanos now, ImmutableArray<ExecutionReport>.Builder reports)
    {
        var view = new SimulatedOrder(working.ClientOrderId, working.Order.Side, working.Order.Type, working.Order.TimeInForce,
            working.Quantity, working.Filled, working.FilledNotional, working.LimitPrice, working.StopPrice, working.StopTriggered);
        var proposal = _simulator.OnQuote(working.Instrument, view, quote, now);
        working.StopTriggered |= proposal.StopTriggered;
        if (proposal.HasFill)
        {
            working.Filled += proposal.Quantity;
            working.FilledNotional += proposal.Quantity.Value * proposal.Price.Value;
            reports.Add(Report(working, ExecType.Trade, working.Status, proposal.Quantity, proposal.Price, now, commission: proposal.Fee));
            if (working.Status == OrderStatus.Filled)
            {
                Retire(working);
                return;
            }
        }

        if (proposal.CancelRemainder)
        {
            Cancel(working, now, reports, working.Order.TimeInForce == TimeInForce.Fok ? "Fill-or-kill could not fill completely" : "Immediate-or-cancel remainder canceled");
        }
    }

    /// <summary>
    /// Files a working order's expiry. Done orders leave the queue when their time comes; should they outnumber the
    /// working ones, the queue is rebuilt from the working orders, so it never holds more than a bounded share of them.
    /// </summary>
    private void ScheduleExpiry(WorkingOrder working, UnixNanos at)
    {
        _expiries.Enqueue(working, at);
        if (_expiries.Count > (2 * _working.Count) + 1024)
        {
            _expiries.Clear();
            foreach (var live in _working.Values)
            {
                if (live.ExpiresAt is { } expiry)
                {
                    _expiries.Enqueue(live, expiry);
                }
            }
        }
    }

    private void FileIfWorking(WorkingOrder working)
    {
        if (_working.TryGetValue(working.Order.OrderKey, out var current) && ReferenceEquals(current, working))
        {
            _book.Add(working);
        }
    }

    private void Cancel(WorkingOrder working, UnixNanos now, ImmutableArray<ExecutionReport>.Builder reports, string text)
    {
        reports.Add(Report(working, ExecType.Canceled, OrderStatus.Canceled, Quantity.Zero, Price.Zero, now, text: text));
        Retire(working);
    }

    private ExecutionReport Report(WorkingOrder working, ExecType type, OrderStatus status, Quantity lastQty, Price lastPx, UnixNanos now,
        ClientOrderId? orig = null, Money? commission = null, string? text = null)
    {
        var closed = status is OrderStatus.Canceled or OrderStatus.Expired or OrderStatus.Rejected or OrderStatus.Filled;
        var report = new ExecutionReport(type, status, new ExecId($"E{_runId}-{++_execSequence}"), working.ClientOrderId, working.VenueOrderId,
            lastQty, lastPx, working.Filled, closed ? Quantity.Zero : working.Leaves, working.AveragePrice, now)
        {
            OrigClientOrderId = orig,
            Commission = commission,
            Text = text,
            OrderQty = working.Quantity,
            LimitPrice = working.LimitPrice,
            StopPrice = working.StopPrice,
        };
        if (_reports.TryGetValue(working.Order.OrderKey, out var history))
        {
            history.Add(report);
        }

        return report;
    }

    /// <summary>
    /// The order is done, after its last report: it stops working, and its reports move to the archive of done orders,
    /// kept for the newest done orders and in any case for <see cref="PaperVenueOptions.MinimumRetention"/>.
    /// </summary>
    private void Retire(WorkingOrder working)
    {
        var now = _clock.UtcNow;
        var key = working.Order.OrderKey;
        _working.Remove(key);
        _book.Remove(working);
        if (_reports.TryGetValue(key, out var history))
        {
            _done.Add(key, history, now); // archived before it leaves the working table: a failure here loses nothing
            _reports.Remove(key);
        }

        _done.Prune(_retainedDoneOrders, now.Add(-_minimumRetention));
    }

    /// <summary>Every report an order has had, working or done, while the venue keeps it.</summary>
    private ImmutableArray<ExecutionReport>? History(string orderKey) =>
        _reports.TryGetValue(orderKey, out var working) ? [.. working] : _done.TryGet(orderKey, out var done) ? done : null;

    private void Enqueue(string orderKey, IEnumerable<ExecutionReport> reports)
    {
        foreach (var report in reports)
        {
            _outbox.Writer.TryWrite((orderKey, report));
        }
    }

    /// <summary>
    /// Delivers later reports to the order grains one at a time, so each order sees them in order. A report whose
    /// order grain cannot be reached at once (its silo just died and the cluster has not yet noticed) is retried in
    /// the background with backoff, so one unreachable order does not hold up everyone else's reports; the order
    /// grain ignores a report it already has, and recovers anything still missing from a status request when it
    /// next activates.
    /// </summary>
    private async Task DeliverAsync()
    {
        await foreach (var (orderKey, report) in _outbox.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            lock (_stalledLock)
            {
                if (_stalled.TryGetValue(orderKey, out var waiting))
                {
                    waiting.Enqueue(report); // behind the report its order has not yet received: each order sees them in order
                    continue;
                }
            }

            if (!await TryDeliverAsync(orderKey, report).ConfigureAwait(false))
            {
                lock (_stalledLock)
                {
                    _stalled[orderKey] = new Queue<ExecutionReport>([report]);
                }

                _ = RedeliverAsync(orderKey);
            }
        }
    }

    /// <summary>Delivers one order's held-back reports in order, backing off while its grain cannot be reached.</summary>
    private async Task RedeliverAsync(string orderKey)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        var giveUpAt = DateTime.UtcNow + _redeliveryPeriod;
        while (true)
        {
            ExecutionReport next;
            lock (_stalledLock)
            {
                var waiting = _stalled[orderKey];
                if (waiting.Count == 0)
                {
                    _stalled.Remove(orderKey);
                    return;
                }

                next = waiting.Peek();
            }

            if (await TryDeliverAsync(orderKey, next).ConfigureAwait(false))
            {
                lock (_stalledLock)
                {
                    _stalled[orderKey].Dequeue();
                }

                delay = TimeSpan.FromMilliseconds(250);
                continue;
            }

            if (DateTime.UtcNow >= giveUpAt)
            {
                lock (_stalledLock)
                {
                    foreach (var lost in _stalled[orderKey])
                    {
                        LogDeliveryFailed(_logger, lost.ExecId.Value, orderKey);
                    }

                    _stalled.Remove(orderKey);
                }

                return;
            }

            await Task.Delay(delay).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _maxRedeliveryDelay.Ticks));
        }
    }

    private async Task<bool> TryDeliverAsync(string orderKey, ExecutionReport report)
    {
        try
        {
            await _grains.GetGrainByKey<IOrderGrain>(orderKey).ApplyExecution(Id, report).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogDeliveryRetry(_logger, ex, report.ExecId.Value, orderKey);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Paper venue could not evaluate order {Order} against a quote for {Instrument}; it keeps working unmatched")]
    private static partial void LogMatchFailed(ILogger logger, Exception exception, string order, InstrumentId instrument);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Paper venue could not deliver report {ExecId} to order {Order}; retrying")]
    private static partial void LogDeliveryRetry(ILogger logger, Exception exception, string execId, string order);

    [LoggerMessage(Level = LogLevel.Error, Message = "Paper venue gave up delivering report {ExecId} to order {Order}; the order recovers it from a status request when it next activates")]
    private static partial void LogDeliveryFailed(ILogger logger, string execId, string order);
}
