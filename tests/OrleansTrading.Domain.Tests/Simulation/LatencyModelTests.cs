using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Simulation;
using OrleansTrading.Domain.Time;
using static OrleansTrading.Domain.Tests.MarketData.Market;

namespace OrleansTrading.Domain.Tests.Simulation;

public class LatencyModelTests
{
    private static readonly ClientOrderId Order = new("C-42");

    [Fact]
    public void Fixed_latency_adds_the_one_way_delays()
    {
        var model = new FixedLatency(TimeSpan.FromMicroseconds(150), TimeSpan.FromMicroseconds(80));

        Assert.Equal(At(10, 0, 0).AddNanos(150_000), model.ArrivalAtVenue(Order, At(10, 0, 0)));
        Assert.Equal(At(10, 0, 0).AddNanos(80_000), model.ArrivalAtClient(Order, At(10, 0, 0)));
    }

    [Fact]
    public void Jitter_stays_within_its_bounds()
    {
        var model = new JitteredLatency(TimeSpan.FromMicroseconds(100), TimeSpan.FromMicroseconds(50), TimeSpan.FromMicroseconds(20), seed: 7);
        for (var i = 0; i < 1_000; i++)
        {
            var sent = At(10, 0, 0).AddNanos(i * 997);
            Assert.InRange(model.ArrivalAtVenue(new ClientOrderId($"O-{i}"), sent).NanosSince(sent), 100_000, 120_000);
            Assert.InRange(model.ArrivalAtClient(new ClientOrderId($"O-{i}"), sent).NanosSince(sent), 50_000, 70_000);
        }
    }

    [Fact]
    public void Same_seed_gives_the_same_delays_whatever_was_simulated_before()
    {
        var first = new JitteredLatency(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromMilliseconds(1), seed: 99);
        var second = new JitteredLatency(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromMilliseconds(1), seed: 99);
        for (var i = 0; i < 50; i++)
        {
            second.ArrivalAtVenue(new ClientOrderId($"other-{i}"), At(9, 0, i));
        }

        Assert.Equal(first.ArrivalAtVenue(Order, At(10, 0, 0)), second.ArrivalAtVenue(Order, At(10, 0, 0)));
        Assert.Equal(first.ArrivalAtClient(Order, At(10, 0, 1)), second.ArrivalAtClient(Order, At(10, 0, 1)));
    }

    [Fact]
    public void Jitter_is_pinned_so_runs_repeat_across_processes_and_machines()
    {
        var model = new JitteredLatency(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromMilliseconds(1), seed: 12345);

        Assert.Equal(PinnedJitter, model.ArrivalAtVenue(Order, new UnixNanos(1_000_000_000)).Value - 1_000_000_000);
    }

    [Fact]
    public void Different_seeds_give_different_delays()
    {
        var delays = Enumerable.Range(0, 8)
            .Select(seed => new JitteredLatency(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromMilliseconds(1), (ulong)seed).ArrivalAtVenue(Order, At(10, 0, 0)))
            .Distinct()
            .Count();

        Assert.True(delays > 1);
    }

    [Fact]
    public void Negative_latency_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FixedLatency(TimeSpan.FromTicks(-1), TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new JitteredLatency(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromTicks(-1), 1));
    }

    private const long PinnedJitter = 694_991;
}
