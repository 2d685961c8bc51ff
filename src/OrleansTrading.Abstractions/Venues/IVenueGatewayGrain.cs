namespace OrleansTrading.Abstractions.Venues;

/// <summary>
/// The platform's connection to one venue (key: venue id). Activates only on co-located (<c>colo</c>) silos.
/// Requests are delivered to the venue; what the venue says comes back to the order grains.
/// </summary>
public interface IVenueGatewayGrain : IGrainWithStringKey
{
    /// <summary>
    /// Sends an order. Idempotent on <see cref="VenueOrder.OrderKey"/>: sending an order the gateway already has
    /// creates nothing new; the answer carries what the venue has reported for it so far.
    /// </summary>
    Task<VenueResponse> Send(VenueOrder order);

    Task<VenueResponse> Cancel(VenueCancelRequest request);

    Task<VenueResponse> Replace(VenueReplaceRequest request);

    /// <summary>
    /// What the venue knows about one order: its reports so far (at once, or delivered to the order grain later),
    /// or <see cref="VenueResponse.Unknown"/> when it has no record of it.
    /// </summary>
    Task<VenueResponse> Status(VenueOrderStatusRequest request);

    Task<VenueStatus> GetStatus();

    /// <summary>
    /// Whether a send's answer carries everything the venue did with the order during the send (the paper venue), so
    /// that its sender has the order's whole outcome; false when reports follow later (FIX) or the venue is not
    /// configured here.
    /// </summary>
    Task<bool> AnswersWithinSend();
}
