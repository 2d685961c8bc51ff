using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using OrleansTrading.Fix.Codec;

namespace OrleansTrading.VenueSimulator.Tests.Fix;

/// <summary>
/// The real executable, <c>dotnet OrleansTrading.VenueSimulator.dll --config … --instruments … --behaviours …</c>, run
/// as a child process on 127.0.0.1: it trades, answers in the configured way, stops cleanly on SIGTERM, and refuses bad
/// arguments with exit code 2 and a message.
/// </summary>
public sealed partial class SimulatorProcessTests : IDisposable
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(60);
    private readonly string _directory = Directory.CreateTempSubdirectory("venue-sim-process-").FullName;

    public SimulatorProcessTests()
    {
        File.WriteAllText(Path.Combine(_directory, "venue.cfg"), """
            [DEFAULT]
            ConnectionType=acceptor
            SocketAcceptHost=127.0.0.1
            SocketAcceptPort=0
            FileStorePath=store
            FileStoreSync=none
            [SESSION]
            BeginString=FIX.4.4
            SenderCompID=VENUE
            TargetCompID=FUND
            """);
        File.WriteAllText(Path.Combine(_directory, "instruments.json"), """
            {
              "endOfDayUtc": "none",
              "instruments": [
                { "symbol": "XYZ", "tickSize": 0.05, "lotSize": 10,
                  "ladder": { "referencePrice": 50.00, "levelSpacing": 0.05, "levels": 3, "quantityPerLevel": 500 } }
              ]
            }
            """);
        File.WriteAllText(Path.Combine(_directory, "behaviours.json"), """
            [ { "clOrdIdPrefix": "REJ-", "mode": "reject", "rejectText": "No." } ]
            """);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Executable_trades_with_its_instruments_and_behaviours_and_stops_cleanly_on_SIGTERM()
    {
        using var simulator = Start("--config", "venue.cfg", "--instruments", "instruments.json", "--behaviours", "behaviours.json");
        var port = await ListeningPortAsync(simulator);
        await using (var client = await FixTestClient.ConnectAsync(FixTestClient.Settings("FUND", "VENUE", port)))
        {
            client.Send(FixOrders.Limit("B-1", "XYZ", '1', 100m, 50.05m));
            client.Send(FixOrders.Limit("REJ-1", "XYZ", '1', 100m, 50.05m));

            var fill = await client.ExecutionAsync("B-1", 'F');
            Assert.Equal(50.05m, fill.Decimal(FixTags.LastPx));
            Assert.Equal(100m, fill.Decimal(FixTags.CumQty));
            var reject = await client.ExecutionAsync("REJ-1", '8');
            Assert.Equal("No.", reject.GetString(FixTags.Text));

            Terminate(simulator);
            using var exit = new CancellationTokenSource(_timeout);
            await simulator.WaitForExitAsync(exit.Token);
        }

        Assert.Equal(0, simulator.ExitCode);
        Assert.True(File.Exists(Path.Combine(_directory, "store", "FIX.4.4-VENUE-FUND.fixlog")), "the durable store was not written");
    }

    [Theory]
    [InlineData("--instruments instruments.json", "error: --config FILE.cfg is required.")]
    [InlineData("--config venue.cfg --behaviours", "error: --behaviours needs a file name after it.")]
    [InlineData("--config venue.cfg --reflector --instruments instruments.json", "error: --instruments applies to the trading mode only")]
    [InlineData("--config venue.cfg --instruments missing.json", "error: Instruments file 'missing.json' does not exist.")]
    public async Task Executable_refuses_bad_arguments_with_exit_code_2_and_says_what_is_wrong(string arguments, string expected)
    {
        using var simulator = Start(arguments.Split(' '));
        using var exit = new CancellationTokenSource(_timeout);
        var errors = simulator.StandardError.ReadToEndAsync(exit.Token);
        await simulator.WaitForExitAsync(exit.Token);

        Assert.Equal(2, simulator.ExitCode);
        Assert.Contains(expected, await errors, StringComparison.Ordinal);
    }

    private Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OrleansTrading.VenueSimulator.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start the venue simulator");
    }

    private static async Task<int> ListeningPortAsync(Process simulator)
    {
        using var timeout = new CancellationTokenSource(_timeout);
        while (await simulator.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ListeningPattern().Match(line) is { Success: true } match)
            {
                _ = simulator.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"the venue simulator exited without listening: {await simulator.StandardError.ReadToEndAsync(timeout.Token)}");
    }

    /// <summary>SIGTERM, as a service manager stops it (SIGKILL where there are no signals).</summary>
    private static void Terminate(Process simulator)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            simulator.Kill();
            return;
        }

        using var kill = Process.Start("kill", ["-TERM", simulator.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    [GeneratedRegex(@"venue simulator listening on 127\.0\.0\.1:(\d+)")]
    private static partial Regex ListeningPattern();
}
