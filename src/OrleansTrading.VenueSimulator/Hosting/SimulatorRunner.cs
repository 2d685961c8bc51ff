using OrleansTrading.Fix.Configuration;
using OrleansTrading.VenueSimulator.Behaviours;
using OrleansTrading.VenueSimulator.Conformance;
using OrleansTrading.VenueSimulator.Listings;

namespace OrleansTrading.VenueSimulator.Hosting;

/// <summary>
/// Runs the mode a <see cref="SimulatorCommandLine"/> asks for until <c>cancellationToken</c> fires: loads its files
/// (<see cref="FixSettingsException"/> or <see cref="FormatException"/> say what is wrong with which file), prints where
/// it listens and what it trades, and stops cleanly.
/// </summary>
public static class SimulatorRunner
{
    public static Task RunAsync(SimulatorCommandLine commandLine, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        return commandLine.Mode == SimulatorMode.Reflector
            ? ReflectorHost.RunAsync(commandLine.ConfigPath, output, cancellationToken)
            : RunTradingAsync(commandLine, output, cancellationToken);
    }

    private static async Task RunTradingAsync(SimulatorCommandLine commandLine, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var settings = FixSettingsFile.Load(commandLine.ConfigPath);
        foreach (var session in settings.Sessions)
        {
            if (session.FileStorePath is null)
            {
                throw new FixSettingsException(
                    $"{commandLine.ConfigPath}: session {session.SessionId} has no FileStorePath; the venue keeps sequence numbers and sent messages in a durable store: set FileStorePath (e.g. FileStorePath=store).");
            }
        }

        var market = commandLine.InstrumentsPath is { } instruments ? MarketSettingsFile.Load(instruments) : MarketSettings.Default;
        var behaviours = commandLine.BehavioursPath is { } path ? LoadBehaviours(path) : BehaviourPolicy.None;
        await using var host = await TradingHost.StartAsync(settings.Sessions, market, behaviours, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var endPoint in host.LocalEndPoints)
        {
            await output.WriteLineAsync($"venue simulator listening on {endPoint}").ConfigureAwait(false);
        }

        foreach (var session in host.Sessions)
        {
            await output.WriteLineAsync($"session {session.Id} next sender {session.NextSenderSeqNum} next target {session.NextTargetSeqNum}").ConfigureAwait(false);
        }

        foreach (var listed in market.Instruments)
        {
            var ladder = listed.Ladder is { } l
                ? $"ladder {l.PriceOf(Domain.Orders.OrderSide.Buy, l.Levels)}..{l.PriceOf(Domain.Orders.OrderSide.Buy, 1)} / {l.PriceOf(Domain.Orders.OrderSide.Sell, 1)}..{l.PriceOf(Domain.Orders.OrderSide.Sell, l.Levels)}, {l.QuantityPerLevel} a level"
                : "no ladder";
            await output.WriteLineAsync($"instrument {listed.Symbol} ({listed.Instrument.Id}) tick {listed.Instrument.TickSize} lot {listed.Instrument.LotSize}, {ladder}").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"run id {host.RunId}, {behaviours.Rules.Count} behaviour rule(s), end of day {market.EndOfDayUtc?.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) ?? "never"} UTC").ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static BehaviourPolicy LoadBehaviours(string path)
    {
        if (!File.Exists(path))
        {
            throw new FormatException($"Behaviours file '{path}' does not exist.");
        }

        try
        {
            return BehaviourPolicy.Parse(File.ReadAllText(path));
        }
        catch (FormatException problem)
        {
            throw new FormatException($"Behaviours file '{path}': {problem.Message}", problem);
        }
    }
}
