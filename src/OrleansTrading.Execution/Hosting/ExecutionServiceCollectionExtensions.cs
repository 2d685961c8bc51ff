using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Execution.Delivery;
using OrleansTrading.Execution.Fix;
using OrleansTrading.Execution.Reconciliation;
using OrleansTrading.Grains.Venues;

namespace OrleansTrading.Execution.Hosting;

public static class ExecutionServiceCollectionExtensions
{
    /// <summary>
    /// Registers each FIX venue's connector as the silo's <see cref="IVenueConnector"/> keyed by its venue id (the venue
    /// gateway grain resolves it), delivering to the order grains, with the metrics listener; the connectors start when
    /// the silo becomes active and stop first when it shuts down. Call on silos that serve the colo role only.
    /// </summary>
    public static IServiceCollection AddFixVenues(this IServiceCollection services, IReadOnlyList<FixVenueOptions> venues)
    {
        ArgumentNullException.ThrowIfNull(venues);
        if (venues.Count == 0)
        {
            return services;
        }

        services.TryAddSingleton<IOrderEndpoint>(sp => new GrainOrderEndpoint(sp.GetRequiredService<IGrainFactory>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReconciliationListener, ExecutionMetrics>());
        foreach (var venue in venues)
        {
            services.AddKeyedSingleton(venue.Venue.Value, (sp, _) => new FixVenueConnector(
                venue,
                sp.GetRequiredService<IOrderEndpoint>(),
                sp.GetRequiredService<IInstrumentCatalog>(),
                sp.GetServices<IReconciliationListener>(),
                sp.GetRequiredService<ILogger<FixVenueConnector>>(),
                sp.GetService<TimeProvider>()));
            services.AddKeyedSingleton<IVenueConnector>(venue.Venue.Value, (sp, key) => sp.GetRequiredKeyedService<FixVenueConnector>(key));
        }

        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => new FixVenueLifecycle(
            [.. venues.Select(v => sp.GetRequiredKeyedService<FixVenueConnector>(v.Venue.Value))],
            sp.GetRequiredService<ILogger<FixVenueLifecycle>>()));
        return services;
    }
}
