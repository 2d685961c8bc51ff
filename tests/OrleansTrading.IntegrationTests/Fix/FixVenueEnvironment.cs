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

    /// <summary>
    /// SIGKILL: the host dies at once, whatever it was doing; its connection through the proxy goes with it (and any
    /// venue messages the proxy held for it, as in transit).
    /// </summary>
    public async Task KillHostAsync()
    {
        await Host.KillAsync();
        Proxy.DropConnections();
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
        await ReconciledAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>Waits until the venue session is logged on and its reconciliation run has completed.</summary>
    public async Task<VenueReconciliationStatus> ReconciledAsync(TimeSpan timeout)
    {
        VenueReconciliationStatus? reconciliation = null;
        await WaitUntilAsync(async () =>
        {
            var status = await Client.Grains.GetGrain<IVenueGatewayGrain>(Venue.Value).GetStatus();
            reconciliation = status.Reconciliation;
            return status.Connected && reconciliation?.State == VenueReconciliationState.Completed;
        }, "the venue session logs on and reconciles", timeout);
        return reconciliation!;
    }

    /// <summary>Submits a limit order to the FIX venue and remembers it for <see cref="AssertConsistentAsync"/>.</summary>
    public async Task<SubmitOrderRequest> SubmitAsync(string symbol, OrderSide side, decimal quantity, decimal limitPrice)
    {
        var request = new SubmitOrderRequest(Account, Strategy, _instruments[symbol], new ClientOrderId($"E2E-{Guid.NewGuid():N}"[..24]),
            side, OrderType.Limit, new Quantity(quantity), new Price(limitPrice), null, TimeInForce.Gtc, null, "fix-fault-test", Venue);
        var result = await Client.Grains.GetGrain<IAccountGrain>(Account.Value).Submit(request); // as the API submits
        Assert.True(result.Outcome == SubmitOrderOutcome.Accepted, $"{result.Outcome}: {result.Refusal?.Message}");
        _orders.Add(request);
        return request;
    }

    public IOrderGrain Order(SubmitOrderRequest request) => Client.Grains.GetGrain<IOrderGrain>(GrainKeys.Order(request.Account, request.ClientOrderId));

    public async Task<OrderView> ViewAsync(SubmitOrderRequest request) => (await Order(request).Get())!;

    /// <summary>Waits until every order submitted so far is filled.</summary>
    public Task AllFilledAsync(TimeSpan? timeout = null) => WaitUntilAsync(async () =>
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

    /// <summary>Fills the platform has applied so far, over every order submitted.</summary>
    public async Task<int> PlatformFillsAsync()
    {
        var count = 0;
        foreach (var request in _orders)
        {
            count += (await ViewAsync(request)).Fills.Length;
        }

        return count;
    }

    /// <summary>
    /// Checks the platform against the venue's own record (the simulator's FIX message log): no order lost — the venue
    /// received exactly the orders the platform accepted, and each is filled for exactly what the venue executed, with
    /// the venue's OrderID; no fill applied twice — each order holds one fill per venue ExecID, with the venue's quantity
    /// and price; the account's positions equal the venue's fills, instrument by instrument; and the connector needed
    /// no person: it raised no unresolved discrepancy.
    /// </summary>
    public async Task AssertConsistentAsync()
    {
        await AllFilledAsync();
        var venueFills = Simulator.Fills();
        var views = new List<OrderView>();
        foreach (var request in _orders)
        {
            views.Add(await ViewAsync(request));
        }

        Assert.Equal(views.Select(v => v.VenueClientOrderId.Value).Order(StringComparer.Ordinal), Simulator.OrdersReceived().Order(StringComparer.Ordinal));
        foreach (var (request, view) in _orders.Zip(views))
        {
            var fills = venueFills.Where(f => f.ClOrdId == view.VenueClientOrderId.Value).ToList();
            Assert.Equal(OrderStatus.Filled, view.Status);
            Assert.Equal(request.Quantity, view.FilledQuantity);
            Assert.Equal(fills.Select(f => f.OrderId).Distinct().Single(), view.VenueOrderId?.Value);
            Assert.Equal(Describe(fills.Select(f => (f.ExecId, f.LastQty, f.LastPx))), Describe(view.Fills.Select(f => (f.ExecId.Value, f.Quantity.Value, f.Price.Value))));
        }

        var expected = Describe(Expected(venueFills));
        try
        {
            await Eventually.TrueAsync(async () => Describe(await Positions()) == expected, "the positions equal the venue's fills", TimeSpan.FromSeconds(20));
        }
        catch (TimeoutException)
        {
            // the comparison below says what differs
        }

        Assert.Equal(expected, Describe(await Positions()));

        // recovered by the protocol, not left for a person: no unresolved discrepancy since the host started
        var reconciliation = await ReconciledAsync(TimeSpan.FromSeconds(20));
        Assert.True(reconciliation.TotalDiscrepancies == 0, $"{reconciliation.TotalDiscrepancies} unresolved venue discrepancy(ies); see the host's log:{Environment.NewLine}{Host.Output}");
    }

    /// <summary><see cref="Eventually.TrueAsync"/>, failing with the host's and the simulator's latest output.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan timeout)
    {
        try
        {
            await Eventually.TrueAsync(condition, what, timeout);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(
                $"{ex.Message}{Environment.NewLine}--- host ---{Environment.NewLine}{Host?.Output}{Environment.NewLine}--- venue simulator ---{Environment.NewLine}{Simulator?.Output}", ex);
        }
    }

    public async Task DisposeAsync()
    {
        // also after a failed start: whatever was started is stopped
        if (Client is { } client)
        {
            await client.DisposeAsync();
        }

        if (Host is { } host)
        {
            await host.DisposeAsync();
        }

        if (Proxy is { } proxy)
        {
            await proxy.DisposeAsync();
        }

        if (Simulator is { } simulator)
        {
            await simulator.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private async Task<IReadOnlyList<PositionView>> Positions() =>
        await Client.Grains.GetGrain<IAccountGrain>(Account.Value).ListPositions();

    private static Dictionary<InstrumentId, (decimal Net, int Fills)> Expected(IReadOnlyList<VenueFill> fills) =>
        fills.GroupBy(f => _instruments[f.Symbol])
            .ToDictionary(g => g.Key, g => (g.Sum(f => f.Side == '1' ? f.LastQty : -f.LastQty), g.Count()));

    private static string Describe(IEnumerable<(string ExecId, decimal Quantity, decimal Price)> fills) =>
        string.Join("; ", fills.Select(f => $"{f.ExecId} {f.Quantity:0.########}@{f.Price:0.########}").Order(StringComparer.Ordinal));

    private static string Describe(IReadOnlyList<PositionView> positions) =>
        string.Join("; ", positions.Where(p => p.FillCount > 0).OrderBy(p => p.Instrument.Value).Select(p => $"{p.Instrument} net {p.NetQuantity:0.########} fills {p.FillCount}"));

    private static string Describe(Dictionary<InstrumentId, (decimal Net, int Fills)> expected) =>
        string.Join("; ", expected.OrderBy(p => p.Key.Value).Select(p => $"{p.Key} net {p.Value.Net:0.########} fills {p.Value.Fills}"));
}
