using System.Globalization;
using OrleansTrading.Testing;

namespace OrleansTrading.GrpcLoad;

/// <summary>
/// Starts an OrleansTrading.Host (embedded cluster, temporary data folder, free ports) with load-test accounts
/// LOAD-0…LOAD-n on one strategy and no limits, served with the built-in local development key.
/// </summary>
internal sealed class SelfHostedTarget : IAsyncDisposable
{
    public const string Strategy = "LOAD-STRAT";

    private readonly ChildProcess _process;
    private readonly string _data;

    private SelfHostedTarget(ChildProcess process, string data, string endpoint)
    {
        _process = process;
        _data = data;
        Endpoint = endpoint;
    }

    public string Endpoint { get; }

    public static string Account(int index) => "LOAD-" + index.ToString(CultureInfo.InvariantCulture);

    public static async Task<SelfHostedTarget> StartAsync(int accounts, bool serverGc, IReadOnlyList<string> extraArguments)
    {
        if (!File.Exists(RepositoryPaths.HostAssembly))
        {
            throw new InvalidOperationException($"The host is not built at {RepositoryPaths.HostAssembly}; build with -c {RepositoryPaths.Configuration} first.");
        }

        var data = Directory.CreateTempSubdirectory("ot-grpcload-").FullName;
        var ports = FreePorts.Take(3);
        var arguments = new List<string>
        {
            RepositoryPaths.HostAssembly,
            "--data-dir", data,
            "--silo-port", ports[0].ToString(CultureInfo.InvariantCulture),
            "--gateway-port", ports[1].ToString(CultureInfo.InvariantCulture),
            "--grpc-port", ports[2].ToString(CultureInfo.InvariantCulture),
            "--Logging:LogLevel:Default=Warning",
            "--OrleansTrading:Api:AuditFlushToDisk=true",
            $"--OrleansTrading:Strategies:100:Id={Strategy}",
            "--OrleansTrading:Strategies:100:Owner=grpc-load",
        };
        for (var i = 0; i < accounts; i++)
        {
            var n = (i + 100).ToString(CultureInfo.InvariantCulture);
            arguments.Add($"--OrleansTrading:Accounts:{n}:Id={Account(i)}");
            arguments.Add($"--OrleansTrading:Accounts:{n}:StartingCash=1000000000");
            arguments.Add($"--OrleansTrading:Strategies:100:Accounts:{i.ToString(CultureInfo.InvariantCulture)}={Account(i)}");
        }

        arguments.AddRange(extraArguments);
        var env = new Dictionary<string, string> { ["DOTNET_gcServer"] = serverGc ? "1" : "0" };
        var process = ChildProcess.Start("host", "dotnet", arguments, RepositoryPaths.Root, env);
        var ready = await process.WaitForLineAsync(l => l.Contains("OrleansTrading.Host ready", StringComparison.Ordinal), TimeSpan.FromSeconds(120));
        Console.WriteLine(ready);
        return new SelfHostedTarget(process, data, $"http://127.0.0.1:{ports[2].ToString(CultureInfo.InvariantCulture)}");
    }

    public async ValueTask DisposeAsync()
    {
        await _process.StopAsync(TimeSpan.FromSeconds(30));
        await _process.DisposeAsync();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // the exiting host may still hold a file; the temp cleaner removes it later
        }
    }
}
