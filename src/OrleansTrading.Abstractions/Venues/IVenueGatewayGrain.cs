namespace OrleansTrading.Abstractions.Venues;

/// <summary>
/// The platform's connection to one venue (key: venue id). Activates only on co-located (<c>colo</c>) silos.
/// Requests are delivered to the venue; what the venue says comes back to the order grains.
/// </summary>
public interface IVenueGatewayGrain : IGrainWithStringKey
{
    Task<VenueResponse> Send(VenueOrder order);

    Task<VenueResponse> Cancel(VenueCancelRequest request);

    Task<VenueResponse> Replace(VenueReplaceRequest request);

    Task<VenueStatus> GetStatus();
}
