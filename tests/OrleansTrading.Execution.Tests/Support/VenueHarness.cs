using Microsoft.Extensions.Logging.Abstractions;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Execution.Fix;
using OrleansTrading.Execution.Reconciliation;
using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Transport;
using OrleansTrading.Testing;

namespace OrleansTrading.Execution.Tests.Support;

/// <summary>
/// A <see cref="FixVenueConnector"/> connected over 127.0.0.1 to our own <see cref="FixAcceptor"/> running a
/// <see cref="ScriptedVenue"/>, both with file stores in a temporary folder; the connector can be restarted on the same
/// folder (as after a process restart) and the venue can log the session out (a dropped connection).
/// </summary>
internal sealed class VenueHarness : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ot-execution-").FullName;
    private readonly Func<FixVenueOptions, FixVenueOptions> _configure;
    private FixAcceptor? _acceptor;
    private int _port;

    private VenueHarness(Func<FixVenueOptions, FixVenueOptions> configure)
    {
        _configure = configure;
    }

    public ScriptedVenue Venue { get; } = new();

    public KernelOrderBook Orders { get; } = new();

    public RecordingListener Listener { get; } = new();

    public FixVenueConnector Connector { get; private set; } = null!;

    public string StoreDirectory => Path.Combine(_directory, "fund");

    public FixSession VenueSession => _acceptor!.Sessions.Single();

    /// <summary>Starts the venue and the connector, and waits for the first reconciliation to complete.</summary>
    public static async Task<VenueHarness> StartAsync(Func<FixVenueOptions, FixVenueOptions>? configure = null)
    {
        var harness = new VenueHarness(configure ?? (o => o));
        await harness.StartVenueAsync();
        await harness.StartConnectorAsync();
        await harness.WaitForReconciliationAsync(1);
        return harness;
    }

    public FixVenueOptions Options(int port) => _configure(new FixVenueOptions
    {
        Venue = KernelOrderBook.Venue,
        Session = new FixSessionSettings
        {
            Role = FixSessionRole.Initiator,
            SessionId = new FixSessionId("FIX.4.4", "FUND", "VENUE"),
            ConnectHost = "127.0.0.1",
            ConnectPort = port,
            ReconnectInterval = TimeSpan.FromMilliseconds(50),
            MaxReconnectInterval = TimeSpan.FromMilliseconds(200),
        },
        Symbols = SymbologyMap.Empty.Add(KernelOrderBook.Venue.Value, "AAPL", TestInstruments.Aapl.Id),
        StoreDirectory = StoreDirectory,
        ReconciliationTimeout = TimeSpan.FromSeconds(5),
        MassStatusTimeout = TimeSpan.FromSeconds(2),
        DrainTimeout = TimeSpan.FromMilliseconds(200),
    });

    public async Task StartConnectorAsync()
    {
        Connector = new FixVenueConnector(Options(_port), Orders, TestInstruments.Catalog, [Listener], NullLogger<FixVenueConnector>.Instance);
        await Connector.StartAsync();
    }

    /// <summary>Stops the connector (logout, stores closed) and starts a new one on the same folder: a process restart.</summary>
    public async Task RestartConnectorAsync(Action? whileStopped = null)
    {
        var runs = CompletedRuns;
        await Connector.StopAsync();
        whileStopped?.Invoke();
        await StartConnectorAsync();
        await WaitForReconciliationAsync(runs + 1);
    }

    /// <summary>The venue logs the session out; the connector reconnects and reconciles again.</summary>
    public async Task DropSessionAsync()
    {
        var runs = CompletedRuns;
        VenueSession.Logout("test: dropping the session");
        await WaitForReconciliationAsync(runs + 1);
    }

    /// <summary>Reconciliation runs that finished (not interrupted by a disconnect).</summary>
    public int CompletedRuns => Listener.Runs.Count(r => !r.Interrupted);

    public Task WaitForReconciliationAsync(int runs) =>
        Eventually.TrueAsync(() => CompletedRuns >= runs && Connector.Reconciliation.State == VenueReconciliationState.Completed, $"reconciliation run {runs} completes");

    public async ValueTask DisposeAsync()
    {
        if (Connector is not null)
        {
            await Connector.DisposeAsync();
        }

        if (_acceptor is not null)
        {
            await _acceptor.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private async Task StartVenueAsync()
    {
        _acceptor = new FixAcceptor([new FixSessionSettings
        {
            Role = FixSessionRole.Acceptor,
            SessionId = new FixSessionId("FIX.4.4", "VENUE", "FUND"),
            AcceptPort = 0,
            FileStorePath = Path.Combine(_directory, "venue"),
        }], Venue);
        await _acceptor.StartAsync();
        _port = _acceptor.LocalEndPoints[0].Port;
    }
}
