namespace OrleansTrading.VenueSimulator.Hosting;

/// <summary>
/// The simulator's command line: <c>--config FILE.cfg</c> and either <c>--reflector</c> (conformance mode) or the
/// trading mode's optional <c>--behaviours FILE.json</c> and <c>--instruments FILE.json</c>.
/// <see cref="Parse"/> checks the arguments only; the files are read when the mode starts.
/// </summary>
public sealed record SimulatorCommandLine(string ConfigPath, SimulatorMode Mode, string? BehavioursPath = null, string? InstrumentsPath = null)
{
    public const string Usage = """
        Usage:
          OrleansTrading.VenueSimulator --config FILE.cfg [--behaviours FILE.json] [--instruments FILE.json]
          OrleansTrading.VenueSimulator --config FILE.cfg --reflector

          --config FILE.cfg         QuickFIX-style session settings: acceptor sessions, SocketAcceptPort, FileStorePath
          --behaviours FILE.json    trading mode: behaviour rules (delays, rejects, fills at a price, duplicates,
                                    connection drops); without it every order is matched in the book at once
          --instruments FILE.json   trading mode: instruments (symbol, tick, lot) and their liquidity ladders, market
                                    maker, end of day; without it AAPL and MSFT with a ladder around 190.00 and 420.00
          --reflector               conformance mode: echo NewOrderSingle, SecurityDefinition and QuoteRequest back
          --help                    this text

        See docs/venue-simulator.md for the file formats.
        """;

    /// <summary>The parsed command line, or null with <paramref name="error"/> saying what is wrong (or null and no error for --help).</summary>
    public static SimulatorCommandLine? Parse(IReadOnlyList<string> args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? config = null;
        string? behaviours = null;
        string? instruments = null;
        var reflector = false;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    return null;
                case "--reflector":
                    reflector = true;
                    continue;
                case "--config" or "--behaviours" or "--instruments" when i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal):
                    error = $"{args[i]} needs a file name after it.";
                    return null;
                case "--config":
                    config = args[++i];
                    continue;
                case "--behaviours":
                    behaviours = args[++i];
                    continue;
                case "--instruments":
                    instruments = args[++i];
                    continue;
                default:
                    error = $"unknown argument '{args[i]}'.";
                    return null;
            }
        }

        if (config is null)
        {
            error = "--config FILE.cfg is required.";
            return null;
        }

        if (reflector && (behaviours ?? instruments) is not null)
        {
            error = $"{(behaviours is not null ? "--behaviours" : "--instruments")} applies to the trading mode only; leave it out with --reflector.";
            return null;
        }

        return new SimulatorCommandLine(config, reflector ? SimulatorMode.Reflector : SimulatorMode.Trading, behaviours, instruments);
    }
}
