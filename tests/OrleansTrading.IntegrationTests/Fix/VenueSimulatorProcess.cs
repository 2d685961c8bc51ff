using System.Globalization;
using OrleansTrading.Testing;

namespace OrleansTrading.IntegrationTests.Fix;

/// <summary>
/// <c>OrleansTrading.VenueSimulator</c> in trading mode as a separate process on a free port, with the instruments and
/// behaviours the fault tests need: AAPL matches in the book; MSFT is filled outside the book in five slices 300 ms
/// apart (fills keep coming while the tests break things); ESZ6 sends every report three times (two re-sends with
/// PossResend). Its FIX message log is the venue's own record of the fills it made.
/// </summary>
public sealed class VenueSimulatorProcess : IAsyncDisposable
{
    public const string VenueCompId = "SIM";
    public const string PlatformCompId = "OT";

    private readonly ChildProcess _process;
    private readonly string _directory;

    private VenueSimulatorProcess(ChildProcess process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public string Output => _process.Output;

    public static string Assembly => Path.Combine(RepositoryPaths.Root, "src", "OrleansTrading.VenueSimulator", "bin", RepositoryPaths.Configuration, "net10.0", "OrleansTrading.VenueSimulator.dll");

    public static async Task<VenueSimulatorProcess> StartAsync(string directory)
    {
        if (!File.Exists(Assembly))
        {
            throw new InvalidOperationException($"The venue simulator is not built at {Assembly}; build the solution first (./test.sh does).");
        }

        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "venue.cfg"), $"""
            [DEFAULT]
            ConnectionType=acceptor
            SocketAcceptHost=127.0.0.1
            SocketAcceptPort=0
            FileStorePath=store
            FileStoreSync=always
            FileLogPath=log
            [SESSION]
            BeginString=FIX.4.4
            SenderCompID={VenueCompId}
            TargetCompID={PlatformCompId}
            """);
        await File.WriteAllTextAsync(Path.Combine(directory, "instruments.json"), """
            {
              "endOfDayUtc": "none",
              "instruments": [
                { "symbol": "AAPL", "tickSize": 0.01, "ladder": { "referencePrice": 190.00, "quantityPerLevel": 1000 } },
                { "symbol": "MSFT", "tickSize": 0.01, "ladder": { "referencePrice": 420.00, "quantityPerLevel": 1000 } },
                { "symbol": "ESZ6", "tickSize": 0.25, "assetClass": "future", "ladder": { "referencePrice": 6000.00, "quantityPerLevel": 100 } }
              ]
            }
            """);
        await File.WriteAllTextAsync(Path.Combine(directory, "behaviours.json"), """
            { "rules": [
              { "instrument": "MSFT", "mode": "fill", "fillSlices": 5, "fillIntervalMs": 300 },
              { "instrument": "ESZ6", "duplicateReports": 2 }
            ] }
            """);
        var process = ChildProcess.Start("venue-simulator", "dotnet",
            [Assembly, "--config", "venue.cfg", "--instruments", "instruments.json", "--behaviours", "behaviours.json"], directory);
        var listening = await process.WaitForLineAsync(line => line.StartsWith("venue simulator listening on ", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        await process.WaitForLineAsync(line => line.StartsWith("run id ", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var port = int.Parse(listening[(listening.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);
        return new VenueSimulatorProcess(process, directory, port);
    }

    /// <summary>Every fill the venue sent (ExecutionReports with ExecType F in its outbound log), once per ExecID.</summary>
    public IReadOnlyList<VenueFill> Fills()
    {
        var fills = new Dictionary<string, VenueFill>(StringComparer.Ordinal);
        foreach (var fields in Messages(outbound: true).Where(f => f.GetValueOrDefault("35") == "8" && f.GetValueOrDefault("150") == "F"))
        {
            fills.TryAdd(fields["17"], new VenueFill(fields["17"], fields["11"], fields["55"], fields["54"][0],
                decimal.Parse(fields["32"], CultureInfo.InvariantCulture), decimal.Parse(fields["31"], CultureInfo.InvariantCulture)));
        }

        return [.. fills.Values];
    }

    /// <summary>The messages the venue sent (<paramref name="outbound"/>) or received, as tag → value, in order.</summary>
    public IEnumerable<Dictionary<string, string>> Messages(bool outbound)
    {
        var path = Path.Combine(_directory, "log", $"FIX.4.4-{VenueCompId}-{PlatformCompId}.messages.log");
        var marker = outbound ? " > " : " < ";
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (reader.ReadLine() is { } line)
        {
            var start = line.IndexOf(marker, StringComparison.Ordinal);
            if (start >= 0)
            {
                yield return line[(start + 3)..].Split('|', StringSplitOptions.RemoveEmptyEntries)
                    .Select(f => f.Split('=', 2)).Where(f => f.Length == 2)
                    .GroupBy(f => f[0]).ToDictionary(g => g.Key, g => g.First()[1]);
            }
        }
    }

    public Task StopAsync() => _process.StopAsync(TimeSpan.FromSeconds(10));

    public async ValueTask DisposeAsync() => await _process.DisposeAsync();
}
