using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Simulation;

/// <summary>
/// Fixed delays plus a jitter drawn uniformly from [0, maxJitter] nanoseconds. The draw is a hash of the seed, the
/// direction, the order id and the timestamp, not a random-number stream: it does not depend on how many other
/// messages were simulated before, so a backtest and a paper run that see the same order at the same time give it
/// the same delay, and every run with the same seed repeats exactly.
/// </summary>
public sealed class JitteredLatency : ILatencyModel
{
    private const ulong ToVenueSalt = 0x5645_4E55_45UL;
    private const ulong ToClientSalt = 0x434C_4945_4E54UL;

    private readonly long _toVenue;
    private readonly long _toClient;
    private readonly ulong _jitterRange;

    public JitteredLatency(TimeSpan toVenue, TimeSpan toClient, TimeSpan maxJitter, ulong seed)
    {
        if (toVenue < TimeSpan.Zero || toClient < TimeSpan.Zero || maxJitter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(maxJitter), "Latencies and jitter cannot be negative.");
        }

        ToVenue = toVenue;
        ToClient = toClient;
        MaxJitter = maxJitter;
        Seed = seed;
        _toVenue = toVenue.Ticks * 100;
        _toClient = toClient.Ticks * 100;
        _jitterRange = (ulong)(maxJitter.Ticks * 100) + 1;
    }

    public TimeSpan ToVenue { get; }

    public TimeSpan ToClient { get; }

    public TimeSpan MaxJitter { get; }

    public ulong Seed { get; }

    public UnixNanos ArrivalAtVenue(ClientOrderId order, UnixNanos sentAt) =>
        sentAt.AddNanos(_toVenue + Jitter(ToVenueSalt, order, sentAt));

    public UnixNanos ArrivalAtClient(ClientOrderId order, UnixNanos venueTime) =>
        venueTime.AddNanos(_toClient + Jitter(ToClientSalt, order, venueTime));

    private long Jitter(ulong salt, ClientOrderId order, UnixNanos at)
    {
        var hash = Mix(Seed ^ salt);
        foreach (var c in order.Value ?? string.Empty)
        {
            hash = Mix(hash ^ c);
        }

        hash = Mix(hash ^ (ulong)at.Value);
        return (long)Math.BigMul(hash, _jitterRange, out _);
    }

    /// <summary>SplitMix64's finaliser: a fixed, well-mixing 64-bit permutation.</summary>
    private static ulong Mix(ulong z)
    {
        z += 0x9E37_79B9_7F4A_7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return z ^ (z >> 31);
    }
}
