using System.Globalization;

namespace OrleansTrading.Testing;

/// <summary>
/// An <c>OrleansTrading.Host</c> started as a separate process on 127.0.0.1 with free ports, exactly as an operator
/// would start it; ready once it prints its ready line. Stop it gracefully, or kill it to simulate a crash.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;

    private HostProcess(ChildProcess process, string name, int siloPort, int gatewayPort, int grpcPort, string dataDirectory)
    {
        _process = process;
        Name = name;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
        GrpcPort = grpcPort;
        DataDirectory = dataDirectory;
    }

    public string Name { get; }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public int GrpcPort { get; }

    public string DataDirectory { get; }

    public string GrpcAddress => $"http://127.0.0.1:{GrpcPort.ToString(CultureInfo.InvariantCulture)}";

    public bool HasExited => _process.HasExited;

    public string Output => _process.Output;

    /// <summary>Starts a host; extra arguments (e.g. <c>--role colo --cluster azure</c>) are appended.</summary>
    public static async Task<HostProcess> StartAsync(string name, string dataDirectory, IEnumerable<string>? extraArguments = null, IDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        if (!File.Exists(RepositoryPaths.HostAssembly))
        {
            throw new InvalidOperationException($"The host is not built at {RepositoryPaths.HostAssembly}; build the solution first (./test.sh does).");
        }

        var ports = FreePorts.Take(3);
        var arguments = new List<string>
        {
            RepositoryPaths.HostAssembly,
            "--data-dir", dataDirectory,
            "--silo-port", ports[0].ToString(CultureInfo.InvariantCulture),
            "--gateway-port", ports[1].ToString(CultureInfo.InvariantCulture),
            "--grpc-port", ports[2].ToString(CultureInfo.InvariantCulture),
        };
        arguments.AddRange(extraArguments ?? []);
        // Workstation GC keeps several test hosts light on a 2-core machine; a caller (a load generator) may override it.
        var env = new Dictionary<string, string> { ["DOTNET_gcServer"] = "0" };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            env[key] = value;
        }
        var process = ChildProcess.Start(name, "dotnet", arguments, RepositoryPaths.Root, env);
        var host = new HostProcess(process, name, ports[0], ports[1], ports[2], dataDirectory);
        await process.WaitForLineAsync(line => line.Contains("OrleansTrading.Host ready", StringComparison.Ordinal), timeout ?? TimeSpan.FromSeconds(90));
        return host;
    }

    /// <summary>SIGKILL: the process dies at once, as in a crash.</summary>
    public Task KillAsync() => _process.KillAsync();

    /// <summary>SIGTERM, then wait for a graceful shutdown.</summary>
    public Task StopAsync() => _process.StopAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync() => await _process.DisposeAsync();
}
