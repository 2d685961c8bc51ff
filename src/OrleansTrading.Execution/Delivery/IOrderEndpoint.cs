using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;

namespace OrleansTrading.Execution.Delivery;

/// <summary>
/// Where a venue connector delivers what the venue says about an order, by order grain key: in a silo, the order
/// grains (<see cref="GrainOrderEndpoint"/>). Every call may fail transiently (the connector retries) and must be
/// idempotent for a redelivered report (the order kernel deduplicates by ExecID).
/// </summary>
public interface IOrderEndpoint
{
    Task ApplyExecutionAsync(string orderKey, VenueId venue, ExecutionReport report);

    Task ApplyCancelRejectAsync(string orderKey, VenueId venue, CancelReject reject);

    Task ApplyVenueUnknownAsync(string orderKey, VenueOrderUnknown notice);

    /// <summary>The order as the platform holds it, or null when no order exists under the key.</summary>
    Task<PlatformOrderState?> GetAsync(string orderKey);
}
