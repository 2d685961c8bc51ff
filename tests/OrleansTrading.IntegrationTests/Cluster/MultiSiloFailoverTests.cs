using System.Collections.Concurrent;
using System.Globalization;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.Testing;
using Xunit.Abstractions;

namespace OrleansTrading.IntegrationTests.Cluster;

/// <summary>
/// Three host processes — one colo, two cloud — clustered through Azure Table storage on Azurite. A client submits
/// orders continuously; one cloud silo is killed with SIGKILL mid-stream. Afterwards every accepted order exists
/// with the right state, every position equals the sum of its recorded fills, and the venue gateway lives on the
/// colo silo only.
/// </summary>
public sealed class MultiSiloFailoverTests(ITestOutputHelper output)
{
    private int _retries;

    private static readonly StrategyId Strategy = new("MOMENTUM-1");
    private static readonly AccountId[] Accounts = [new("DEMO-1"), new("DEMO-2")];
    private static readonly InstrumentId[] Instruments = [new("AAPL.XNAS"), new("MSFT.XNAS")];

    [Fact]
    public async Task Orders_and_positions_survive_a_cloud_silo_killed_mid_stream()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var clusterId = "ot-" + Guid.NewGuid().ToString("N")[..10];
        var folders = Enumerable.Range(0, 3).Select(_ => Directory.CreateTempSubdirectory("ot-silo-").FullName).ToArray();
        var cluster = new[] { "--cluster", "azure", "--azure-storage", azurite.ConnectionString, "--cluster-id", clusterId, "--service-id", clusterId };
        var membership = new Dictionary<string, string>
        {
            ["OrleansTrading__Membership__ProbeTimeout"] = "00:00:02",
            ["OrleansTrading__Membership__NumMissedProbesLimit"] = "2",
            ["OrleansTrading__Membership__NumVotesForDeathDeclaration"] = "1",
            ["OrleansTrading__SimulatedFeed__IntervalMilliseconds"] = "50",
            // The demo limits include a 10% price collar; this test trades far through the market on purpose.
            ["OrleansTrading__Accounts__0__Limits__PriceCollarPercent"] = "1000",
        };
        var starting = new[]
        {
            HostProcess.StartAsync("colo", folders[0], [.. cluster, "--role", "colo"], membership),
            HostProcess.StartAsync("cloud-a", folders[1], [.. cluster, "--role", "cloud"], membership),
            HostProcess.StartAsync("cloud-b", folders[2], [.. cluster, "--role", "cloud"], membership),
        };
        var hosts = await Task.WhenAll(starting);
        var (colo, victim) = (hosts[0], hosts[1]);
        try
        {
            await using var client = await TradingClient.ConnectAzureAsync(azurite.ConnectionString, clusterId);
            var accepted = new ConcurrentDictionary<string, SubmitOrderRequest>();
            using var stop = new CancellationTokenSource();
            var submitted = 0;
            var submitters = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var request = NewOrder(worker, i);
                    if (await SubmitUntilDecidedAsync(client, request))
                    {
                        accepted[GrainKeys.Order(request.Account, request.ClientOrderId)] = request;
                    }

                    Interlocked.Increment(ref submitted);
                }
            })).ToArray();

            await WaitUntil(() => Volatile.Read(ref submitted) >= 60, TimeSpan.FromSeconds(60), "orders flow before the kill", submitters, hosts);
            await victim.KillAsync();
            var atKill = Volatile.Read(ref submitted);
            await WaitUntil(() => Volatile.Read(ref submitted) >= atKill + 60, TimeSpan.FromSeconds(90), "orders flow after the kill", submitters, hosts);
            await stop.CancelAsync();
            await Task.WhenAll(submitters);

            Assert.True(accepted.Count >= 100, $"only {accepted.Count} orders were accepted");
            output.WriteLine($"{accepted.Count} orders accepted; {_retries} submissions were retried after failures around the kill.");

            // Every accepted order exists, fully decided by the venue (all orders are marketable: they fill).
            var unfilled = "";
            await Eventually.TrueAsync(() => UntilClusterSettledAsync(async () =>
            {
                var open = new List<string>();
                foreach (var (key, request) in accepted)
                {
                    var view = await client.Grains.GetGrain<IOrderGrain>(key).Get();
                    Assert.NotNull(view);
                    Assert.Equal(request.Quantity, view.Quantity);
                    if (view.Status != OrderStatus.Filled || view.FilledQuantity != request.Quantity)
                    {
                        open.Add($"{key} {view.Status} {view.FilledQuantity}/{view.Quantity} ({view.Text})");
                    }
                }

                unfilled = string.Join(Environment.NewLine, open);
                return open.Count == 0;
            }), "every accepted order is filled", TimeSpan.FromSeconds(60), () => $"Not filled:{Environment.NewLine}{unfilled}");

            // Every position equals the sum of the fills recorded on its account's orders (the account's order index
            // is the list, so orders the client never heard back about are counted too).
            var mismatches = "";
            await Eventually.TrueAsync(() => UntilClusterSettledAsync(async () =>
            {
                var wrong = new List<string>();
                foreach (var account in Accounts)
                {
                    var orders = await AllOrders(client, account);
                    Assert.All(accepted.Values.Where(r => r.Account == account), r => Assert.Contains(orders, o => o.ClientOrderId == r.ClientOrderId));
                    var positions = await client.Grains.GetGrain<IAccountGrain>(account.Value).ListPositions();
                    foreach (var instrument in Instruments)
                    {
                        var expected = orders.Where(o => o.Instrument == instrument).Sum(o => o.Fills.Sum(f => f.Quantity.Value) * o.Side.Sign());
                        var actual = positions.SingleOrDefault(p => p.Instrument == instrument)?.NetQuantity ?? 0m;
                        if (expected != actual)
                        {
                            wrong.Add($"{account}/{instrument}: position {actual}, fills {expected}");
                        }
                    }
                }

                mismatches = string.Join(Environment.NewLine, wrong);
                return wrong.Count == 0;
            }), "every position equals the sum of its recorded fills", TimeSpan.FromSeconds(60), () => mismatches);

            // The venue gateway activated on the co-located silo.
            var status = await client.Grains.GetGrain<IVenueGatewayGrain>("PAPER").GetStatus();
            Assert.Contains(":" + colo.SiloPort.ToString(CultureInfo.InvariantCulture) + ":", status.Silo + ":", StringComparison.Ordinal);
            Assert.Equal("paper", status.Kind);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }

            foreach (var folder in folders)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static SubmitOrderRequest NewOrder(int worker, int i)
    {
        var account = Accounts[(worker + i) % Accounts.Length];
        var instrument = Instruments[i % Instruments.Length];
        var side = i % 3 == 0 ? OrderSide.Sell : OrderSide.Buy;
        var limit = side == OrderSide.Buy ? 600m : 1m;
        return new SubmitOrderRequest(account, Strategy, instrument, new ClientOrderId($"w{worker}-{i}-{Guid.NewGuid().ToString("N")[..6]}"),
            side, OrderType.Limit, new Quantity(1 + (i % 5)), new Price(limit), null, TimeInForce.Gtc, null, "failover-test");
    }

    /// <summary>
    /// Submits, and after any failure (the silo holding the grain died mid-call) submits the very same request again
    /// until the platform gives a definite answer — safe because submission is idempotent on the client order id.
    /// </summary>
    private async Task<bool> SubmitUntilDecidedAsync(TradingClient client, SubmitOrderRequest request)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var result = await client.Grains.GetGrain<IAccountGrain>(request.Account.Value).Submit(request); // as the API submits
                if (result.Outcome == SubmitOrderOutcome.Refused)
                {
                    Assert.Fail($"Order {request.ClientOrderId} refused: {result.Refusal!.Code} {result.Refusal.Message}");
                }

                return true;
            }
            catch (Exception) when (attempt < 30)
            {
                Interlocked.Increment(ref _retries);
                await Task.Delay(500);
            }
        }
    }

    /// <summary>
    /// Runs one round of checks, and counts it as not yet true when the cluster has not settled after the kill: until
    /// membership declares the killed silo dead, a call routed to an activation it held fails with a message rejection
    /// or times out — a transient failure every Orleans client retries, not a lost order.
    /// </summary>
    private async Task<bool> UntilClusterSettledAsync(Func<Task<bool>> check)
    {
        try
        {
            return await check();
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            output.WriteLine($"Check retried while the cluster settles: {e.GetType().Name}: {e.Message}");
            return false;
        }
    }

    private static async Task<List<OrderView>> AllOrders(TradingClient client, AccountId account)
    {
        var orders = new List<OrderView>();
        string? token = null;
        do
        {
            var page = await client.Grains.GetGrain<IAccountGrain>(account.Value).ListOrders(new OrderQuery(PageSize: 500, PageToken: token));
            orders.AddRange(page.Orders);
            token = page.NextPageToken;
        }
        while (token is not null);

        return orders;
    }

    private static async Task WaitUntil(Func<bool> condition, TimeSpan timeout, string what, Task[] workers, HostProcess[] hosts)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (workers.FirstOrDefault(w => w.IsFaulted) is { } failed)
            {
                throw new InvalidOperationException($"A submitter failed while waiting until {what}.", failed.Exception);
            }

            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.{Environment.NewLine}" +
                string.Join(Environment.NewLine, hosts.Select(h => $"--- {h.Name}:{Environment.NewLine}{h.Output}")));
            await Task.Delay(50);
        }
    }

}
