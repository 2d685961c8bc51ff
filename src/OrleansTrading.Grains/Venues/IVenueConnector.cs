using OrleansTrading.Abstractions.Venues;

namespace OrleansTrading.Grains.Venues;

/// <summary>
/// A silo-local connection to one venue (the paper venue here; FIX sessions on co-located silos). The venue gateway
/// grain forwards to it; reports that come later go straight to the order grains. Registered in DI as a keyed
/// service under the venue id.
/// </summary>
public interface IVenueConnector
{
    string Kind { get; }

    bool Connected { get; }

    int OpenOrders { get; }

    /// <summary>Idempotent on the order key: an order the connector already has is not sent again.</summary>
    Task<VenueResponse> SendAsync(VenueOrder order);

    Task<VenueResponse> CancelAsync(VenueCancelRequest request);

    Task<VenueResponse> ReplaceAsync(VenueReplaceRequest request);

    /// <summary>What the venue knows about one order, or <see cref="VenueResponse.Unknown"/>.</summary>
    Task<VenueResponse> StatusAsync(VenueOrderStatusRequest request);

    /// <summary>
    /// True when a send's answer carries everything the venue does with the order during the send (the paper venue
    /// fills a marketable order before it answers); false when reports follow over a session (FIX), so the order grain
    /// should be the one waiting for them. Accounts submit orders to venues that answer within the send directly.
    /// </summary>
    bool AnswersWithinSend => false;

    /// <summary>Reconciliation with the venue after each (re)connect; null for venues that do not reconcile (paper).</summary>
    VenueReconciliationStatus? Reconciliation => null;
}
