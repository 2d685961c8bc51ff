using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;
using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Store;
using OrleansTrading.VenueSimulator.Behaviours;
using OrleansTrading.VenueSimulator.Hosting;
using OrleansTrading.VenueSimulator.Listings;
using OrleansTrading.VenueSimulator.Matching;

namespace OrleansTrading.VenueSimulator.Tests.Fix;

/// <summary>
/// The simulator's trading mode started in-process on 127.0.0.1 (a free port) with two client sessions, VENUE↔FUND
/// and VENUE↔FUND2, file stores in a temporary folder; clients connect with <see cref="FixTestClient"/>.
/// Default market: AAPL with a ladder around 190.00 (asks 190.01…190.05, bids 189.99…189.95, 1,000 a level) and a
/// thin TEST instrument without a ladder; no end of day, expiry checked every 50 ms.
/// </summary>
internal sealed class SimulatorHarness : IAsyncDisposable
{
    public const string Venue = "VENUE";
    public const string Fund = "FUND";
    public const string OtherFund = "FUND2";
    public const string RunId = "run1";

    private readonly string _directory = Directory.CreateTempSubdirectory("venue-sim-").FullName;
    private readonly List<FixTestClient> _clients = [];

    private SimulatorHarness(TradingHost host)
    {
        Host = host;
    }

    public TradingHost Host { get; private set; }

    public int Port => Host.LocalEndPoints[0].Port;

    public static MarketSettings DefaultMarket { get; } = new()
    {
        Instruments =
        [
            MarketSettings.Default.Instruments[0],
            new ListedInstrument("TEST", new Instrument(new InstrumentId("TEST"), AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(1m)), null),
        ],
        EndOfDayUtc = null,
        ExpiryCheckInterval = TimeSpan.FromMilliseconds(50),
    };

    public static async Task<SimulatorHarness> StartAsync(string behavioursJson = "[]", MarketSettings? market = null, TimeProvider? time = null)
    {
        var harness = new SimulatorHarness(null!);
        harness.Host = await TradingHost.StartAsync(
            harness.Sessions(),
            market ?? DefaultMarket,
            BehaviourPolicy.Parse(behavioursJson),
            new TradingHostOptions { RunId = RunId, TimeProvider = time ?? TimeProvider.System });
        return harness;
    }

    /// <summary>Logs a client on; a durable one keeps its sequence numbers in a file store across reconnects.</summary>
    public async Task<FixTestClient> ConnectAsync(string client = Fund, bool durable = false)
    {
        var store = durable ? Path.Combine(_directory, "clients") : null;
        var connected = await FixTestClient.ConnectAsync(FixTestClient.Settings(client, Venue, Port, store));
        _clients.Add(connected);
        return connected;
    }

    /// <summary>Logs a client out and closes it (and its store).</summary>
    public async Task DisconnectAsync(FixTestClient client)
    {
        _clients.Remove(client);
        await client.DisposeAsync();
    }

    /// <summary>Stops the simulator and starts it again on the same port with the same stores (a venue restart).</summary>
    public async Task RestartAsync()
    {
        var port = Port;
        await Host.DisposeAsync();
        Host = await TradingHost.StartAsync(Sessions(port), DefaultMarket, BehaviourPolicy.None, new TradingHostOptions { RunId = "run2" });
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        await Host.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private IEnumerable<FixSessionSettings> Sessions(int port = 0) =>
        [Session(Fund, port), Session(OtherFund, port)];

    private FixSessionSettings Session(string client, int port) => new()
    {
        Role = FixSessionRole.Acceptor,
        SessionId = new FixSessionId("FIX.4.4", Venue, client),
        AcceptHost = "127.0.0.1",
        AcceptPort = port,
        FileStorePath = Path.Combine(_directory, "store"),
        FsyncPolicy = FixFsyncPolicy.None,
    };
}
