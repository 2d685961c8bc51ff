using OrleansTrading.Fix.Session;

namespace OrleansTrading.VenueSimulator.Gateway;

/// <summary>
/// An application message the venue cannot turn into a request (a missing or unusable field): answered with a
/// BusinessMessageReject (35=j) carrying <see cref="Reason"/> and the message, which names the field, as Text (58).
/// (No RefTagID: FIX 4.4's BusinessMessageReject does not define tag 371, and strict counterparties reject it.)
/// </summary>
public sealed class RequestRejectedException(BusinessRejectReason reason, string message) : Exception(message)
{
    public BusinessRejectReason Reason { get; } = reason;
}
