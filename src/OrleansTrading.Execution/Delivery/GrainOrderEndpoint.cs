using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;

namespace OrleansTrading.Execution.Delivery;

/// <summary>The order grains, reached through the silo's grain factory.</summary>
public sealed class GrainOrderEndpoint(IGrainFactory grains) : IOrderEndpoint
{
    public Task ApplyExecutionAsync(string orderKey, VenueId venue, ExecutionReport report) =>
        Order(orderKey).ApplyExecution(venue, report);

    public Task ApplyCancelRejectAsync(string orderKey, VenueId venue, CancelReject reject) =>
        Order(orderKey).ApplyCancelReject(venue, reject);

    public Task ApplyVenueUnknownAsync(string orderKey, VenueOrderUnknown notice) =>
        Order(orderKey).ApplyVenueUnknown(notice);

    public async Task<PlatformOrderState?> GetAsync(string orderKey) =>
        await Order(orderKey).Get() is { } view
            ? new PlatformOrderState(view.Status, view.Quantity, view.FilledQuantity, view.VenueClientOrderId, view.VenueOrderId)
            : null;

    private IOrderGrain Order(string orderKey) => grains.GetGrainByKey<IOrderGrain>(orderKey);
}
