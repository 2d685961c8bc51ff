using System.Net;

namespace OrleansTrading.Fix.Tests.Conformance;

public sealed class ScriptPlayerTests
{
    [Fact]
    public async Task Sending_time_keeps_the_milliseconds_so_a_121_second_skew_stays_beyond_a_120_second_latency()
    {
        await using var player = new ScriptPlayer(new IPEndPoint(IPAddress.Loopback, 1), new FixedClock(new DateTimeOffset(2026, 11, 27, 12, 0, 0, 999, TimeSpan.Zero)));

        Assert.Equal("8=FIX.4.4\u000152=20261127-12:02:01.999\u0001", player.SubstituteTime("8=FIX.4.4\u000152=<TIME+121>\u0001"));
        Assert.Equal("52=20261127-11:57:59.999\u0001", player.SubstituteTime("52=<TIME-121>\u0001"));
    }

    [Fact]
    public async Task Other_times_stay_in_whole_seconds_as_the_scripts_body_lengths_assume()
    {
        await using var player = new ScriptPlayer(new IPEndPoint(IPAddress.Loopback, 1), new FixedClock(new DateTimeOffset(2026, 11, 27, 12, 0, 0, 999, TimeSpan.Zero)));

        Assert.Equal("60=20261127-12:00:00\u0001122=20261127-11:59:59\u0001", player.SubstituteTime("60=<TIME>\u0001122=<TIME-1>\u0001"));
    }

    [Fact]
    public async Task Every_time_in_one_message_is_the_same_instant()
    {
        var clock = new AdvancingClock(new DateTimeOffset(2026, 11, 27, 12, 0, 0, 0, TimeSpan.Zero));
        await using var player = new ScriptPlayer(new IPEndPoint(IPAddress.Loopback, 1), clock);

        var text = player.SubstituteTime("52=<TIME>\u0001122=<TIME>\u000160=<TIME>\u0001");

        Assert.Equal("52=20261127-12:00:00.000\u0001122=20261127-12:00:00\u000160=20261127-12:00:00\u0001", text);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>Moves a millisecond on at every reading, as a real clock may between two substitutions.</summary>
    private sealed class AdvancingClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow()
        {
            var now = _now;
            _now = _now.AddMilliseconds(1);
            return now;
        }
    }
}
