using System.Text.Json;
using OrleansTrading.Testing;
using static OrleansTrading.IntegrationTests.Api.ApiHostFixture;

namespace OrleansTrading.IntegrationTests.Api;

/// <summary>Clients other than the generated C# one: the Node.js gRPC client over proto/, and the otrade CLI.</summary>
[Collection(ApiCollection.Name)]
public sealed class IndependentClientTests(ApiHostFixture host)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_node_client_loading_the_proto_files_submits_lists_and_cancels_an_order()
    {
        Assert.True(Directory.Exists(Path.Combine(RepositoryPaths.NodeTools, "@grpc", "grpc-js")),
            $"@grpc/grpc-js is not installed in {RepositoryPaths.NodeTools}; run ./scripts/install-prerequisites.sh.");
        var script = Path.Combine(RepositoryPaths.Root, "tests", "OrleansTrading.IntegrationTests", "node", "client.mjs");

        var (exit, output) = await RunAsync("node", [script, "--endpoint", $"127.0.0.1:{host.Host.GrpcPort}", "--api-key", host.TraderKey,
            "--account", TraderAccount, "--strategy", Strategy, "--instrument", Instrument, "--proto-root", Path.Combine(RepositoryPaths.Root, "proto")],
            new Dictionary<string, string> { ["NODE_PATH"] = RepositoryPaths.NodeTools });

        Assert.True(exit == 0, output);
        var steps = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith('{'))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("step").GetString()!);
        Assert.All(steps.Values, s => Assert.True(s.GetProperty("ok").GetBoolean()));
        var id = steps["submit"].GetProperty("client_order_id").GetString()!;
        Assert.Equal(id, steps["list"].GetProperty("client_order_id").GetString());
        Assert.Equal("25", steps["list"].GetProperty("quantity").GetString());
        Assert.Equal(id, steps["cancel"].GetProperty("client_order_id").GetString());
        Assert.Equal("INVALID_ARGUMENT", steps["invalid"].GetProperty("reason").GetString());
        Assert.True(steps.ContainsKey("done"));

        var order = await new OrleansTrading.Api.V1.OrderService.OrderServiceClient(host.Channel)
            .GetOrderAsync(new OrleansTrading.Api.V1.GetOrderRequest { AccountId = TraderAccount, ClientOrderId = id }, host.Trader);
        Assert.Equal("42.50", order.Order.LimitPrice);
    }

    [Fact]
    public async Task The_cli_submits_lists_and_explains_errors()
    {
        var id = NewOrderId("cli");
        var env = new Dictionary<string, string> { ["OTRADE_ENDPOINT"] = host.GrpcAddress, ["OTRADE_API_KEY"] = host.TraderKey };

        var (exit, output) = await Cli(["submit", "--account", TraderAccount, "--strategy", Strategy, "--instrument", Instrument,
            "--side", "buy", "--quantity", "7", "--price", "40.10", "--tif", "gtc", "--client-order-id", id], env);
        Assert.True(exit == 0, output);
        Assert.Contains($"order {TraderAccount}/{id}: buy 7 {Instrument} limit @ 40.10 gtc", output, StringComparison.Ordinal);

        (exit, output) = await Cli(["orders", "list", "--account", TraderAccount, "--page-size", "1000"], env);
        Assert.True(exit == 0, output);
        Assert.Contains(id, output, StringComparison.Ordinal);

        (exit, output) = await Cli(["order", "get", "--account", TraderAccount, "--client-order-id", id, "--api-key", "otk_wrong"], env);
        Assert.Equal(1, exit);
        Assert.Contains("API_KEY_UNKNOWN", output, StringComparison.Ordinal);
        Assert.Contains("Check --api-key", output, StringComparison.Ordinal);

        (exit, output) = await Cli(["submit", "--account", TraderAccount, "--strategy", Strategy, "--instrument", Instrument,
            "--side", "buy", "--quantity", "7.5", "--price", "40.10"], env);
        Assert.Equal(1, exit);
        Assert.Contains("quantity: 7.5 is not a multiple of the lot size", output, StringComparison.Ordinal);

        var basketFile = Path.Combine(Path.GetTempPath(), $"otrade-basket-{Guid.NewGuid():N}.json");
        var basketIds = new[] { NewOrderId("cli-basket"), NewOrderId("cli-basket") };
        try
        {
            await File.WriteAllTextAsync(basketFile, "{\"orders\":[" + string.Join(",", basketIds.Select(b =>
                $"{{\"accountId\":\"{TraderAccount}\",\"strategyId\":\"{Strategy}\",\"instrumentId\":\"{Instrument}\",\"clientOrderId\":\"{b}\"," +
                "\"side\":\"SIDE_BUY\",\"orderType\":\"ORDER_TYPE_LIMIT\",\"quantity\":\"2\",\"limitPrice\":\"40.00\",\"timeInForce\":\"TIME_IN_FORCE_GTC\"}")) + "]}");
            (exit, output) = await Cli(["submit-basket", "--file", basketFile], env);
            Assert.True(exit == 0, output);
            Assert.All(basketIds, b => Assert.Contains($"submitted: order {TraderAccount}/{b}", output, StringComparison.Ordinal));
            Assert.Contains("2 of 2 orders submitted", output, StringComparison.Ordinal);

            await File.WriteAllTextAsync(basketFile, "{\"orders\": [ {\"accountId\": \"" + TraderAccount + "\", \"quantity\": \"2\"} ]}");
            (exit, output) = await Cli(["submit-basket", "--file", basketFile], env);
            Assert.Equal(2, exit);
            Assert.Contains("orders[0] has no clientOrderId", output, StringComparison.Ordinal);

            await File.WriteAllTextAsync(basketFile, "{\"orders\": [ {\"quantity\": 2} ]}");
            (exit, output) = await Cli(["submit-basket", "--file", basketFile], env);
            Assert.Equal(2, exit);
            Assert.Contains("is not a basket", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(basketFile);
        }

        (exit, output) = await Cli(["halt", "--account", TraderAccount, "--reason", "cli test"], env);
        Assert.Equal(1, exit);
        Assert.Contains("PermissionDenied", output, StringComparison.Ordinal);

        (exit, output) = await Cli(["cancel", "--account", TraderAccount, "--client-order-id", id], env);
        Assert.True(exit == 0, output);

        var offer = NewOrderId("cli-offer");
        (exit, output) = await Cli(["submit", "--account", TraderAccount, "--strategy", Strategy, "--instrument", Instrument,
            "--side", "sell", "--quantity", "3", "--price", "4000.00", "--tif", "gtc", "--client-order-id", offer], env);
        Assert.True(exit == 0, output);
        var risk = new Dictionary<string, string>(env) { ["OTRADE_API_KEY"] = host.RiskKey };
        (exit, output) = await Cli(["cancel-all", "--account", TraderAccount, "--side", "sell", "--reason", "cli test pull offers"], risk);
        Assert.True(exit == 0, output);
        Assert.Contains(offer, output, StringComparison.Ordinal);
        Assert.Contains("all cancels sent", output, StringComparison.Ordinal);
    }

    private static Task<(int Exit, string Output)> Cli(IEnumerable<string> arguments, IDictionary<string, string> env) =>
        RunAsync("dotnet", [Path.Combine(RepositoryPaths.Root, "src", "OrleansTrading.Cli", "bin", RepositoryPaths.Configuration, "net10.0", "otrade.dll"), .. arguments], env);

    private static async Task<(int Exit, string Output)> RunAsync(string file, IEnumerable<string> arguments, IDictionary<string, string> env)
    {
        var info = new System.Diagnostics.ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in env)
        {
            info.Environment[key] = value;
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
