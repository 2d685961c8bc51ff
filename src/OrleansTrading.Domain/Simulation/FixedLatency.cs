using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Simulation;

/// <summary>Constant one-way delays to and from the venue.</summary>
public sealed class FixedLatency : ILatencyModel
{
    public static readonly FixedLatency Zero = new(TimeSpan.Zero, TimeSpan.Zero);

    public FixedLatency(TimeSpan toVenue, TimeSpan toClient)
    {
        if (toVenue < TimeSpan.Zero || toClient < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(toVenue), "Latencies cannot be negative.");
        }

        ToVenue = toVenue;
        ToClient = toClient;
    }

    public TimeSpan ToVenue { get; }

    public TimeSpan ToClient { get; }

    public UnixNanos ArrivalAtVenue(ClientOrderId order, UnixNanos sentAt) => sentAt.Add(ToVenue);

    public UnixNanos ArrivalAtClient(ClientOrderId order, UnixNanos venueTime) => venueTime.Add(ToClient);
}
