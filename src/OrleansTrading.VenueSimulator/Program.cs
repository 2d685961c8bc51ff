using System.Runtime.InteropServices;
using OrleansTrading.Fix.Configuration;
using OrleansTrading.VenueSimulator.Conformance;

const string usage = """
    Usage: OrleansTrading.VenueSimulator --config FILE.cfg --reflector

      --config FILE.cfg   QuickFIX-style session settings: acceptor sessions, SocketAcceptPort, FileStorePath
      --reflector         conformance mode: echo NewOrderSingle, SecurityDefinition and QuoteRequest back
    """;

string? config = null;
string? mode = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--config" when i + 1 < args.Length:
            config = args[++i];
            break;
        case "--reflector":
            mode = "reflector";
            break;
        case "--help" or "-h":
            Console.WriteLine(usage);
            return 0;
        default:
            return UsageError($"unknown or incomplete argument '{args[i]}'.");
    }
}

if (config is null)
{
    return UsageError("--config FILE.cfg is required.");
}

if (mode is null)
{
    return UsageError("choose a mode: --reflector.");
}

using var stop = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

try
{
    await ReflectorHost.RunAsync(config, Console.Out, stop.Token);
    return 0;
}
catch (FixSettingsException e)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}");
    return 2;
}

int UsageError(string message)
{
    Console.Error.WriteLine($"error: {message}");
    Console.Error.WriteLine(usage);
    return 2;
}
