using System.Collections.Immutable;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
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
/// to the caller; what happens later, on new quotes or at expiry, is delivered to the order grains in order. Like a
/// real venue after a disconnect, it keeps no state across a restart: reconciliation reports its orders unknown.
/// </summary>
public sealed partial class PaperVenue : IVenueConnector, IAsyncDisposable
{
    public static readonly VenueId Id = new("PAPER");

    private readonly Lock _lock = new();
    private readonly Dictionary<string, WorkingOrder> _working = new(StringComparer.Ordinal);
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

    public PaperVenue(IInstrumentCatalog instruments, IGrainFactory grains, IClock clock, MarketPriceBook prices, PaperVenueOptions options, ILogger<PaperVenue> logger)
    {
        _instruments = instruments;
        _grains = grains;
        _clock = clock;
        _prices = prices;
        _logger = logger;
        _simulator = new ExecutionSimulator(
            new FillModel(new FillModelOptions(options.QuoteParticipation, 1m, options.FillRestingLimitAtTouch), NoSlippage.Instance),
            new BoundedFee(new BasisPointFee(options.FeeBasisPoints), options.MinimumFee, null),
            new FixedLatency(TimeSpan.Zero, TimeSpan.Zero));
        _runId = Convert.ToString(clock.UtcNow.Value / UnixNanos.NanosPerMillisecond, 16) + Random.Shared.Next(0x1000, 0xFFFF).ToString("x4", System.Globalization.CultureInfo.InvariantCulture);
        _delivery = Task.Run(DeliverAsync);
    }

    public string Kind => "paper";

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
            if (_working.TryGetValue(order.OrderKey, out var existing))
            {
                reports.Add(Report(existing, ExecType.OrderStatus, existing.Status, Quantity.Zero, Price.Zero, now, text: "Order already working at the paper venue"));
                return Task.FromResult(VenueResponse.Immediate(reports.ToImmutable()));
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
            var working = new WorkingOrder(order, new VenueOrderId($"P{_runId}-{++_orderSequence}"), instrument, expiresAt);
            _working[order.OrderKey] = working;
            reports.Add(Report(working, ExecType.New, OrderStatus.New, Quantity.Zero, Price.Zero, now));
            if (hasQuote)
            {
                Match(working, quote, now, reports);
            }
            else if (order.TimeInForce is TimeInForce.Ioc or TimeInForce.Fok)
            {
                Cancel(working, now, reports, "No quote: immediate-or-cancel order canceled");
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
            _working.Remove(request.OrderKey);
            var report = Report(working, ExecType.Canceled, OrderStatus.Canceled, Quantity.Zero, Price.Zero, now, orig);
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
            working.ClientOrderId = request.VenueClientOrderId;
            working.Quantity = request.Quantity;
            working.LimitPrice = request.LimitPrice;
            working.StopPrice = request.StopPrice;
            reports.Add(Report(working, ExecType.Replaced, working.Status, Quantity.Zero, Price.Zero, now, orig));
            if (_quotes.TryGetValue(working.Order.Instrument, out var quote))
            {
                Match(working, quote, now, reports);
            }
        }

        return Task.FromResult(VenueResponse.Immediate(reports.ToImmutable()));
    }

    /// <summary>A new quote: working orders on the instrument may fill; their reports go to the order grains.</summary>
    public void OnQuote(QuoteTick quote)
    {
        _prices.Update(quote.Instrument, new Price((quote.Bid.Value + quote.Ask.Value) / 2m));
        var now = _clock.UtcNow;
        lock (_lock)
        {
            _quotes[quote.Instrument] = quote;
            foreach (var working in _working.Values.Where(w => w.Order.Instrument == quote.Instrument).ToList())
            {
                var reports = ImmutableArray.CreateBuilder<ExecutionReport>();
                Match(working, quote, now, reports);
                Enqueue(working.Order.OrderKey, reports);
            }
        }
    }

    /// <summary>Expires Day and GTD orders whose time has come (called on a timer).</summary>
    public void ExpireDue()
    {
        var now = _clock.UtcNow;
        lock (_lock)
        {
            foreach (var working in _working.Values.Where(w => w.ExpiresAt is { } at && at <= now).ToList())
            {
                _working.Remove(working.Order.OrderKey);
                Enqueue(working.Order.OrderKey, [Report(working, ExecType.Expired, OrderStatus.Expired, Quantity.Zero, Price.Zero, now)]);
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
                _working.Remove(working.Order.OrderKey);
                return;
            }
        }

        if (proposal.CancelRemainder)
        {
            Cancel(working, now, reports, working.Order.TimeInForce == TimeInForce.Fok ? "Fill-or-kill could not fill completely" : "Immediate-or-cancel remainder canceled");
        }
    }

    private void Cancel(WorkingOrder working, UnixNanos now, ImmutableArray<ExecutionReport>.Builder reports, string text)
    {
        _working.Remove(working.Order.OrderKey);
        reports.Add(Report(working, ExecType.Canceled, OrderStatus.Canceled, Quantity.Zero, Price.Zero, now, text: text));
    }

    private ExecutionReport Report(WorkingOrder working, ExecType type, OrderStatus status, Quantity lastQty, Price lastPx, UnixNanos now,
        ClientOrderId? orig = null, Money? commission = null, string? text = null)
    {
        var closed = status is OrderStatus.Canceled or OrderStatus.Expired or OrderStatus.Rejected or OrderStatus.Filled;
        return new ExecutionReport(type, status, new ExecId($"E{_runId}-{++_execSequence}"), working.ClientOrderId, working.VenueOrderId,
            lastQty, lastPx, working.Filled, closed ? Quantity.Zero : working.Leaves, working.AveragePrice, now)
        {
            OrigClientOrderId = orig,
            Commission = commission,
            Text = text,
            OrderQty = working.Quantity,
            LimitPrice = working.LimitPrice,
            StopPrice = working.StopPrice,
        };
    }

    private void Enqueue(string orderKey, IEnumerable<ExecutionReport> reports)
    {
        foreach (var report in reports)
        {
            _outbox.Writer.TryWrite((orderKey, report));
        }
    }

    /// <summary>Delivers later reports to the order grains one at a time, so each order sees them in order.</summary>
    private async Task DeliverAsync()
    {
        await foreach (var (orderKey, report) in _outbox.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await _grains.GetGrain<IOrderGrain>(orderKey).ApplyExecution(Id, report).ConfigureAwait(false);
                    break;
                }
                catch (Exception ex) when (attempt < 5 && ex is not OperationCanceledException)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt)).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogDeliveryFailed(_logger, ex, report.ExecId.Value, orderKey);
                    break;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Paper venue could not deliver report {ExecId} to order {Order}; reconciliation must recover it")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string execId, string order);
}
