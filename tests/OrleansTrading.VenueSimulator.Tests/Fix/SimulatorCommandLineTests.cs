using OrleansTrading.VenueSimulator.Hosting;

namespace OrleansTrading.VenueSimulator.Tests.Fix;

public sealed class SimulatorCommandLineTests
{
    [Fact]
    public void Trading_mode_takes_config_behaviours_and_instruments()
    {
        var commandLine = SimulatorCommandLine.Parse(["--config", "v.cfg", "--behaviours", "b.json", "--instruments", "i.json"], out var error);

        Assert.Null(error);
        Assert.Equal(new SimulatorCommandLine("v.cfg", SimulatorMode.Trading, "b.json", "i.json"), commandLine);
    }

    [Fact]
    public void Reflector_mode_is_kept()
    {
        Assert.Equal(new SimulatorCommandLine("v.cfg", SimulatorMode.Reflector), SimulatorCommandLine.Parse(["--config", "v.cfg", "--reflector"], out _));
    }

    [Fact]
    public void Help_asks_for_the_usage_text_without_an_error()
    {
        Assert.Null(SimulatorCommandLine.Parse(["--help"], out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData(new string[0], "--config FILE.cfg is required.")]
    [InlineData(new[] { "--config" }, "--config needs a file name after it.")]
    [InlineData(new[] { "--config", "--reflector" }, "--config needs a file name after it.")]
    [InlineData(new[] { "--config", "v.cfg", "--fast" }, "unknown argument '--fast'.")]
    [InlineData(new[] { "--config", "v.cfg", "--reflector", "--behaviours", "b.json" }, "--behaviours applies to the trading mode only")]
    public void Bad_arguments_are_refused_saying_what_is_wrong(string[] args, string expected)
    {
        Assert.Null(SimulatorCommandLine.Parse(args, out var error));
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }
}
