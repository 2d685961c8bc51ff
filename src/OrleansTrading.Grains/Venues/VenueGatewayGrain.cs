using Microsoft.Extensions.DependencyInjection;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Grains.Placement;

namespace OrleansTrading.Grains.Venues;

/// <summary>
/// The platform's gateway to one venue. Activates only on co-located silos (<see cref="RequireSiloRole"/>), where the
/// venue connectors run, and forwards to the connector registered for its venue id. Stateless: the connector (and,
/// for FIX, its durable session store) holds what must survive.
/// </summary>
[RequireSiloRole(SiloRole.Colo)]
public sealed class VenueGatewayGrain(IServiceProvider services, ILocalSiloDetails silo) : Grain, IVenueGatewayGrain
{
    private IVenueConnector? Connector => services.GetKeyedService<IVenueConnector>(this.GetPrimaryKeyString());

    public Task<VenueResponse> Send(VenueOrder order) =>
        Connector is { } connector ? connector.SendAsync(order) : Task.FromResult(NotConfigured());

    public Task<VenueResponse> Cancel(VenueCancelRequest request) =>
        Connector is { } connector ? connector.CancelAsync(request) : Task.FromResult(NotConfigured());

    public Task<VenueResponse> Replace(VenueReplaceRequest request) =>
        Connector is { } connector ? connector.ReplaceAsync(request) : Task.FromResult(NotConfigured());

    public Task<VenueResponse> Status(VenueOrderStatusRequest request) =>
        Connector is { } connector ? connector.StatusAsync(request) : Task.FromResult(NotConfigured());

    public Task<bool> AnswersWithinSend() => Task.FromResult(Connector?.AnswersWithinSend ?? false);

    public Task<VenueStatus> GetStatus()
    {
        var connector = Connector;
        var reconciliation = connector?.Reconciliation;
        return Task.FromResult(new VenueStatus(
            new VenueId(this.GetPrimaryKeyString()),
            connector?.Kind ?? "not configured",
            connector?.Connected ?? false,
            silo.SiloAddress.ToString(),
            reconciliation?.LastReconciledAt,
            connector?.OpenOrders ?? 0,
            reconciliation));
    }

    private VenueResponse NotConfigured() => VenueResponse.Refused(new Refusal(
        "VENUE_NOT_CONFIGURED",
        $"Venue {this.GetPrimaryKeyString()} is not configured on this co-located silo.",
        RefusalKind.FailedPrecondition));
}
