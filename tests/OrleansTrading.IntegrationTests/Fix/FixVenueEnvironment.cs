using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.IntegrationTests.Cluster;
using OrleansTrading.Testing;

namespace OrleansTrading.IntegrationTests.Fix;

/// <summary>
/// A real <c>OrleansTrading.Host</c> (embedded, role all) configured with the FIX venue <c>SIM</c>, connected through a
/// <see cref="LoopbackProxy"/> to the <see cref="VenueSimulatorProcess"/>, and an Orleans client. The host can be
/// SIGKILLed and started again on the same data folder. <see cref="AssertConsistentAsync"/> checks what every fault test
/// must leave behind: no order lost, no fill applied twice, positions equal to the venue's fills.
/// </summary>
public sealed class FixVenueEnvironment : IAsyncLifetime
{
    public static readonly AccountId Account = new("DEMO-2");
    public static readonly StrategyId Strategy = new("MOMENTUM-1");
    public static readonly VenueId Venue = new("SIM");

    private static readonly Dictionary<string, InstrumentId> _instruments = new(StringComparer.Ordinal)
    {
        ["AAPL"] = new("AAPL.XNAS"),
        ["MSFT"] = new("MSFT.XNAS"),
        ["ESZ6"] = new("ESZ6.XCME"),
    };

    private readonly string _directory = Directory.CreateTempSubdirectory("ot-fix-e2e-").FullName;
    private readonly List<SubmitOrderRequest> _orders = [];
    private int _hosts;

    public VenueSimulatorProcess Simulator { get; private set; } = null!;

    public LoopbackProxy Proxy { get; private set; } = null!;

    public HostProcess Host { get; private set; } = null!;

    public TradingClient Client { get; private set; } = null!;

    private string DataDirectory => Path.Combine(_directory, "host");

    public async Task InitializeAsync()
    {
        Simulator = await VenueSimulatorProcess.StartAsync(Path.Combine(_directory, "venue"));
        Proxy = LoopbackProxy.Start(Simulator.Port);
        await File.WriteAllTextAsync(Path.Combine(_directory, "platform.cfg"), $"""
            [SESSION]
            ConnectionType=initiator
            BeginString=FIX.4.4
            SenderCompID={VenueSimulatorProcess.PlatformCompId}
            TargetCompID={VenueSimulatorProcess.VenueCompId}
            SocketConnectHost=127.0.0.1
            SocketConnectPort={Proxy.Port}
            HeartBtInt=30
            ReconnectInterval=1
            MaxReconnectInterval=2
            """);
        await StartHostAsync();
    }

    /// <summary>SIGKILL: the host dies at once, whatever it was doing.</summary>
    public async Task KillHostAsync()
    {
        await Host.KillAsync();
        await Client.DisposeAsync();
        await Host.DisposeAsync();
    }

    /// <summary>Starts the host (again) on the same data folder and waits until the venue session has logged on and reconciled.</summary>
    public async Task StartHostAsync()
    {
        var environment = new Dictionary<string, string>
        {
            ["OrleansTrading__Venues__0__Id"] = Venue.Value,
            ["OrleansTrading__Venues__0__Kind"] = "fix",
            ["OrleansTrading__Venues__0__SessionConfig"] = Path.Combine(_directory, "platform.cfg"),
            ["OrleansTrading__Venues__0__ReconciliationTimeout"] = "00:00:10",
        };
        foreach (var (symbol, instrument) in _instruments)
        {
            environment[$"OrleansTrading__Venues__0__Symbols__{instrument.Value}"] = symbol;
        }

        Host = await HostProcess.StartAsync($"host-{++_hosts}", DataDirectory, environment: environment);
        Client = await TradingClient.ConnectEmbeddedAsync(Host.GatewayPort);
        await EventuallyAsync(async () =>
        {
            var status = await Client.Grains.GetGrain<IVenueGatewayGrain>(Venue.Value).GetStatus();
            return status.Connected && status.Reconciliation?.State == VenueReconciliationState.Completed;
        }, "the venue session logs on and reconciles", TimeSpan.FromSeconds(60));
    }

    /// <summary>Submits a limit order to the FIX venue and remembers it for <see cref="AssertConsistentAsync"/>.</summary>
    public async Task<SubmitOrderRequest> SubmitAsync(string symbol, OrderSide side, decimal quantity, decimal limitPrice)
    {
        var request = new SubmitOrderRequest(Account, Strategy, _instruments[symbol], new ClientOrderId($"E2E-{Guid.NewGuid():N}"[..24]),
            side, OrderType.Limit, new Quantity(quantity), new Price(limitPrice), null, TimeInForce.Gtc, null, "fix-fault-test", Venue);
        var result = await Order(request).Submit(request);
        Assert.True(result.Outcome == SubmitOrderOutcome.Accepted, $"{result.Outcome}: {result.Refusal?.Message}");
        _orders.Add(request);
        return request;
    }

    public IOrderGrain Order(SubmitOrderRequest request) => Client.Grains.GetGrain<IOrderGrain>(GrainKeys.Order(request.Account, request.ClientOrderId));

    public async Task<OrderView> ViewAsync(SubmitOrderRequest request) => (await Order(request).Get())!;

    /// <summary>Waits until every order submitted so far is filled.</summary>
    public Task AllFilledAsync(TimeSpan? timeout = null) => EventuallyAsync(async () =>
    {
        foreach (var request in _orders)
        {
            if ((await ViewAsync(request)).Status != OrderStatus.Filled)
            {
                return false;
            }
        }

        return true;
    }, "every order is filled", timeout ?? TimeSpan.FromSeconds(45));

    /// <summary>
    /// No order lost (each is filled, for exactly what the venue executed), no fill applied twice (one platform fill per
    /// venue ExecID), and the account's positions equal the venue's fills, instrument by instrument.
    /// </summary>
    public async Task AssertConsistentAsync()
    {
        await AllFilledAsync();
        var venueFills = Simulator.Fills();
        foreach (var request in _orders)
        {
            var view = await ViewAsync(request);
            var fills = venueFills.Where(f => f.ClOrdId == view.VenueClientOrderId.Value).ToList();
            Assert.Equal(OrderStatus.Filled, view.Status);
            Assert.Equal(request.Quantity, view.FilledQuantity);
            Assert.Equal(fills.Sum(f => f.LastQty), view.FilledQuantity.Value);
            Assert.Equal(fills.Select(f => f.ExecId).Order(), view.Fills.Select(f => f.ExecId.Value).Order());
        }

        await EventuallyAsync(async () => Describe(await Positions()) == Describe(Expected(venueFills)), "the positions equal the venue's fills", TimeSpan.FromSeconds(20));
        Assert.Equal(Describe(Expected(venueFills)), Describe(await Positions()));
    }

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        await Host.DisposeAsync();
        await Proxy.DisposeAsync();
        await Simulator.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out after {timeout} waiting until {what}.");
            await Task.Delay(100);
        }
    }

    private async Task<IReadOnlyList<PositionView>> Positions() =>
        await Client.Grains.GetGrain<IAccountGrain>(Account.Value).ListPositions();

    private static Dictionary<InstrumentId, (decimal Net, int Fills)> Expected(IReadOnlyList<VenueFill> fills) =>
        fills.GroupBy(f => _instruments[f.Symbol])
            .ToDictionary(g => g.Key, g => (g.Sum(f => f.Side == '1' ? f.LastQty : -f.LastQty), g.Count()));

    private static string Describe(IReadOnlyList<PositionView> positions) =>
        string.Join("; ", positions.Where(p => p.FillCount > 0).OrderBy(p => p.Instrument.Value).Select(p => $"{p.Instrument} net {p.NetQuantity:0.########} fills {p.FillCount}"));

    private static string Describe(Dictionary<InstrumentId, (decimal Net, int Fills)> expected) =>
        string.Join("; ", expected.OrderBy(p => p.Key.Value).Select(p => $"{p.Key} net {p.Value.Net:0.########} fills {p.Value.Fills}"));
}
