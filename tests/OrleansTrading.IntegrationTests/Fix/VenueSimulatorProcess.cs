using System.Globalization;
using OrleansTrading.Testing;

namespace OrleansTrading.IntegrationTests.Fix;

/// <summary>
/// <c>OrleansTrading.VenueSimulator</c> in trading mode as a separate process on a free port, with the instruments and
/// behaviours the fault tests need: AAPL matches in the book; MSFT is filled outside the book in five slices 200 ms
/// apart (fills keep coming while the tests break things); ESZ6 is filled in two slices and every report is sent three
/// times (two re-sends with PossResend). Its FIX message log is the venue's own record of the fills it made.
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
              { "instrument": "MSFT", "mode": "fill", "fillSlices": 5, "fillIntervalMs": 200 },
              { "instrument": "ESZ6", "mode": "fill", "fillSlices": 2, "duplicateReports": 2 }
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
        foreach (var message in Messages(outbound: true).Where(m => m.IsFill))
        {
            fills.TryAdd(message["17"]!, new VenueFill(message["17"]!, message["37"]!, message["11"]!, message["55"]!, message["54"]![0],
                decimal.Parse(message["32"]!, CultureInfo.InvariantCulture), decimal.Parse(message["31"]!, CultureInfo.InvariantCulture)));
        }

        return [.. fills.Values];
    }

    /// <summary>The ClOrdIDs of every NewOrderSingle the venue received (a re-sent order counts once).</summary>
    public IReadOnlySet<string> OrdersReceived() =>
        Messages(outbound: false).Where(m => m.MsgType == "D").Select(m => m["11"]!).ToHashSet(StringComparer.Ordinal);

    /// <summary>The messages the venue sent (<paramref name="outbound"/>) or received, in order, from its FIX message log.</summary>
    public IReadOnlyList<FixFields> Messages(bool outbound)
    {
        var path = Path.Combine(_directory, "log", $"FIX.4.4-{VenueCompId}-{PlatformCompId}.messages.log");
        var marker = outbound ? " > " : " < ";
        var messages = new List<FixFields>();
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (reader.ReadLine() is { } line)
        {
            var start = line.IndexOf(marker, StringComparison.Ordinal);
            if (start >= 0)
            {
                messages.Add(FixFields.FromLog(line[(start + marker.Length)..]));
            }
        }

        return messages;
    }

    public Task StopAsync() => _process.StopAsync(TimeSpan.FromSeconds(10));

    public async ValueTask DisposeAsync() => await _process.DisposeAsync();
}
