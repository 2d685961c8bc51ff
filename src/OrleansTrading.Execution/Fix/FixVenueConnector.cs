using Microsoft.Extensions.Logging;
using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Execution.Delivery;
using OrleansTrading.Execution.Reconciliation;
using OrleansTrading.Execution.Routing;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Transport;
using OrleansTrading.Grains.Venues;

namespace OrleansTrading.Execution.Fix;

/// <summary>
/// The platform's connection to one FIX venue, on a co-located silo. One initiator session (logon, heartbeats,
/// sequence recovery, reconnect with backoff — the engine's job); outbound, orders, cancels and replaces become FIX
/// requests after their ClOrdIDs are written to the durable <see cref="RoutingTable"/>; inbound, execution reports and
/// cancel rejects are decoded, journaled (<see cref="InboundJournal"/>) and delivered to their order grains in order,
/// retried until they are applied. After every logon it reconciles: it asks the venue about every open order and
/// raises a <see cref="VenueDiscrepancy"/> for whatever it cannot settle. See docs/execution.md.
/// </summary>
public sealed partial class FixVenueConnector : IVenueConnector, IFixApplication, IAsyncDisposable
{
    public const string KindName = "fix";

    private readonly FixVenueOptions _options;
    private readonly FixSessionSettings _settings;
    private readonly IOrderEndpoint _orders;
    private readonly IInstrumentCatalog _instruments;
    private readonly IReconciliationListener[] _listeners;
    private readonly ILogger<FixVenueConnector> _logger;
    private readonly TimeProvider _time;
    private readonly FixEngineOptions _engine;
    private readonly Lock _statusLock = new();
    private RoutingTable? _routes;
    private InboundJournal? _journal;
    private ReportDispatcher? _dispatcher;
    private FixInitiator? _initiator;
    private VenueReconciliationStatus _status = VenueReconciliationStatus.NotStarted;
    private int _totalDiscrepancies;
    private volatile bool _stopped;

    public FixVenueConnector(
        FixVenueOptions options,
        IOrderEndpoint orders,
        IInstrumentCatalog instruments,
        IEnumerable<IReconciliationListener> listeners,
        ILogger<FixVenueConnector> logger,
        TimeProvider? time = null,
        FixEngineOptions? engine = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _orders = orders ?? throw new ArgumentNullException(nameof(orders));
        _instruments = instruments ?? throw new ArgumentNullException(nameof(instruments));
        _listeners = [.. listeners ?? []];
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _time = time ?? TimeProvider.System;
        _engine = (engine ?? FixEngineOptions.Default) with { TimeProvider = _time };
        _settings = options.Session with { FileStorePath = options.StoreDirectory, FsyncPolicy = options.Fsync };
        if (_settings.Role != FixSessionRole.Initiator)
        {
            throw new VenueConfigurationException($"Venue {options.Venue}: session {_settings.SessionId} is ConnectionType={_settings.Role.ToString().ToLowerInvariant()}; a venue connector needs ConnectionType=initiator.");
        }
    }

    public VenueId Venue => _options.Venue;

    public string Kind => KindName;

    /// <summary>The session is logged on (orders can be sent).</summary>
    public bool Connected => _initiator?.Session.IsLoggedOn ?? false;

    public int OpenOrders => _routes?.OpenCount ?? 0;

    public VenueReconciliationStatus Reconciliation
    {
        get
        {
            lock (_statusLock)
            {
                return _status with { TotalDiscrepancies = Volatile.Read(ref _totalDiscrepancies) };
            }
        }
    }

    /// <summary>The FIX session (null before <see cref="StartAsync"/>): sequence numbers, logon state.</summary>
    public FixSession? Session => _initiator?.Session;

    /// <summary>The routing table (null before <see cref="StartAsync"/>).</summary>
    public RoutingTable? Routes => _routes;

    /// <summary>Inbound messages accepted and not yet applied by their order grains.</summary>
    public long DeliveryBacklog => _dispatcher?.Backlog ?? 0;

    /// <summary>Number of connections the initiator has made (a reconnect adds one).</summary>
    public int ConnectionCount => _initiator?.ConnectionCount ?? 0;

    private UnixNanos Now => UnixNanos.FromDateTimeOffset(_time.GetUtcNow());

    /// <summary>
    /// Opens the routing table and the inbound journal in <see cref="FixVenueOptions.StoreDirectory"/>, re-delivers
    /// what the journal holds undelivered, and starts connecting. Throws <see cref="VenueConfigurationException"/> when
    /// the symbol map names instruments the platform does not have.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_initiator is not null)
        {
            throw new InvalidOperationException($"Venue {Venue} is already started.");
        }

        var unknown = _options.Symbols.Mappings.Select(m => m.Value).Where(i => _instruments.Find(i) is null).Select(i => i.Value).ToList();
        if (unknown.Count > 0)
        {
            throw new VenueConfigurationException($"Venue {Venue}: Symbols maps instrument(s) {string.Join(", ", unknown)}, which are not configured instruments (OrleansTrading:Instruments); add them there or remove them from the venue's Symbols.");
        }

        var name = _settings.SessionId.FileName;
        _routes = RoutingTable.Open(Path.Combine(_options.StoreDirectory, name + ".routes"), _options.Fsync, _time, _options.ClosedRouteRetention, Now);
        _journal = InboundJournal.Open(Path.Combine(_options.StoreDirectory, name + ".inbound"), _options.Fsync, _time);
        if (_routes.TruncatedBytes > 0 || _journal.TruncatedBytes > 0)
        {
            LogTornTail(_logger, Venue, _routes.TruncatedBytes, _journal.TruncatedBytes);
        }

        _dispatcher = new ReportDispatcher(_options.DeliveryLanes, HandleAsync, OnDeliveryFailed, _time);
        RedeliverJournal();
        LogStarting(_logger, Venue, _settings.SessionId.ToString(), _settings.ConnectHost ?? "", _settings.ConnectPort, _routes.OpenCount, _dispatcher.Backlog);
        _initiator = new FixInitiator(_settings, this, _engine);
        await _initiator.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Logs out, lets queued reports reach their orders (a few seconds at most), and closes the stores.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        if (_initiator is { } initiator)
        {
            await initiator.StopAsync().ConfigureAwait(false);
        }

        Volatile.Read(ref _run)?.Interrupt();
        await _reconciliation.ConfigureAwait(false);
        if (_dispatcher is { } dispatcher)
        {
            await dispatcher.StopAsync(_options.DrainTimeout).ConfigureAwait(false);
        }

        if (_initiator is { } stopped)
        {
            await stopped.DisposeAsync().ConfigureAwait(false);
        }

        _journal?.Dispose();
        _routes?.Dispose();
        LogStopped(_logger, Venue);
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    /// <summary>Raises a discrepancy: a structured log event (error when unresolved) and every listener.</summary>
    private void Raise(VenueDiscrepancy discrepancy, ReconciliationRun? run = null)
    {
        if (discrepancy.Resolved)
        {
            LogResolvedDiscrepancy(_logger, discrepancy.Venue, discrepancy.Kind, discrepancy.OrderKey, discrepancy.ClientOrderId, discrepancy.Message);
        }
        else
        {
            Interlocked.Increment(ref _totalDiscrepancies);
            run?.CountDiscrepancy();
            LogDiscrepancy(_logger, discrepancy.Venue, discrepancy.Kind, discrepancy.OrderKey, discrepancy.ClientOrderId, discrepancy.Message);
        }

        foreach (var listener in _listeners)
        {
            try
            {
                listener.OnDiscrepancy(discrepancy);
            }
            catch (Exception ex)
            {
                LogListenerFailed(_logger, ex, listener.GetType().Name);
            }
        }
    }

    private VenueDiscrepancy Discrepancy(DiscrepancyKind kind, bool resolved, string message, OrderRoute? route = null, string? clientOrderId = null) =>
        new(Venue, kind, resolved, message, Now) { OrderKey = route?.OrderKey, ClientOrderId = clientOrderId ?? route?.OriginalClientOrderId.Value };

    [LoggerMessage(EventId = 5100, EventName = "VenueDiscrepancy", Level = LogLevel.Error,
        Message = "Venue {Venue} discrepancy {Kind} (order {OrderKey}, ClOrdID {ClientOrderId}): {Detail}")]
    private static partial void LogDiscrepancy(ILogger logger, VenueId venue, DiscrepancyKind kind, string? orderKey, string? clientOrderId, string detail);

    [LoggerMessage(EventId = 5101, EventName = "VenueDiscrepancyResolved", Level = LogLevel.Warning,
        Message = "Venue {Venue} resolved {Kind} (order {OrderKey}, ClOrdID {ClientOrderId}): {Detail}")]
    private static partial void LogResolvedDiscrepancy(ILogger logger, VenueId venue, DiscrepancyKind kind, string? orderKey, string? clientOrderId, string detail);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error, Message = "Reconciliation listener {Listener} failed")]
    private static partial void LogListenerFailed(ILogger logger, Exception exception, string listener);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information,
        Message = "Venue {Venue}: starting FIX session {Session} to {Host}:{Port}; {OpenOrders} open order(s), {Backlog} journaled report(s) to redeliver")]
    private static partial void LogStarting(ILogger logger, VenueId venue, string session, string host, int port, int openOrders, long backlog);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "Venue {Venue}: stopped")]
    private static partial void LogStopped(ILogger logger, VenueId venue);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Warning,
        Message = "Venue {Venue}: cut a torn tail left by a crash ({RoutesBytes} bytes of the routing table, {JournalBytes} bytes of the inbound journal)")]
    private static partial void LogTornTail(ILogger logger, VenueId venue, long routesBytes, long journalBytes);
}
