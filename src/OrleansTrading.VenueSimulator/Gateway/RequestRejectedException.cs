using OrleansTrading.Fix.Session;

namespace OrleansTrading.VenueSimulator.Gateway;

/// <summary>
/// An application message the venue cannot turn into a request (a missing or unusable field): answered with a
/// BusinessMessageReject (35=j) carrying <see cref="Reason"/>, the message as Text (58) and <see cref="RefTagId"/> (371).
/// </summary>
public sealed class RequestRejectedException(BusinessRejectReason reason, string message, int refTagId) : Exception(message)
{
    public BusinessRejectReason Reason { get; } = reason;

    public int RefTagId { get; } = refTagId;
}
