using System.Net.Sockets;
using System.Runtime.InteropServices;
using OrleansTrading.Fix.Configuration;
using OrleansTrading.VenueSimulator.Hosting;

var commandLine = SimulatorCommandLine.Parse(args, out var error);
if (commandLine is null)
{
    if (error is null)
    {
        Console.WriteLine(SimulatorCommandLine.Usage);
        return 0;
    }

    await Console.Error.WriteLineAsync($"error: {error}\n\n{SimulatorCommandLine.Usage}");
    return 2;
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
    await SimulatorRunner.RunAsync(commandLine, Console.Out, stop.Token);
    return 0;
}
catch (Exception e) when (e is FixSettingsException or FormatException)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}");
    return 2;
}
catch (SocketException e)
{
    await Console.Error.WriteLineAsync($"error: cannot listen on the SocketAcceptHost/SocketAcceptPort of {commandLine.ConfigPath}: {e.Message}. Choose a free port (or 0 for any).");
    return 2;
}
