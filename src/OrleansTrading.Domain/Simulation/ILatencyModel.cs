using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Simulation;

/// <summary>
/// When a message about an order reaches the other side. Deterministic: the same order, time and direction give
/// the same answer in every run. The model does not keep messages of one order in sequence (jitter may reorder
/// them); a venue that must keep a session's FIFO order takes the later of this time and the previous message's.
/// </summary>
public interface ILatencyModel
{
    /// <summary>When a message (new, cancel, replace) sent at <paramref name="sentAt"/> reaches the venue.</summary>
    UnixNanos ArrivalAtVenue(ClientOrderId order, UnixNanos sentAt);

    /// <summary>When a report (ack, fill, cancel) produced at venue time <paramref name="venueTime"/> reaches the client.</summary>
    UnixNanos ArrivalAtClient(ClientOrderId order, UnixNanos venueTime);
}
