using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Domain.Time;
using OrleansTrading.Grains.Instruments;
using OrleansTrading.Grains;
using OrleansTrading.Grains.Placement;
using OrleansTrading.Grains.Notifications;
using OrleansTrading.Grains.Orders;
using OrleansTrading.Grains.Venues.Paper;
using OrleansTrading.Host.ReferenceData;
using OrleansTrading.Host.Simulation;

namespace OrleansTrading.Host;

/// <summary>The services every silo provides to its grains: the clock, the instrument catalog, reference data.</summary>
public static class PlatformServices
{
    public static IServiceCollection AddPlatformServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.AddOptions<ReferenceDataOptions>().Bind(configuration.GetSection(HostSettings.Section));
        services.AddSingleton<IInstrumentCatalog>(sp =>
        {
            var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ReferenceDataOptions>>().Value;
            return new InstrumentCatalog(options.Instruments.Select(i => i.ToInstrument()));
        });
        return services;
    }

    /// <summary>Seeds configured accounts, strategies and funds once the silo runs (register after UseOrleans).</summary>
    public static IServiceCollection AddReferenceDataSeeding(this IServiceCollection services) =>
        services.AddHostedService<ReferenceDataSeeder>();

    /// <summary>The grains' silo-local services, the paper venue, and (on silos that host venues) the simulated feed.</summary>
    public static IServiceCollection AddTradingServices(this IServiceCollection services, IConfiguration configuration, HostSettings settings)
    {
        var paper = configuration.GetSection($"{HostSettings.Section}:PaperVenue").Get<PaperVenueOptions>() ?? new PaperVenueOptions();
        var recovery = configuration.GetSection($"{HostSettings.Section}:OrderRecovery").Get<OrderRecoveryOptions>() ?? new OrderRecoveryOptions();
        var notifications = configuration.GetSection($"{HostSettings.Section}:Notifications").Get<NotificationOptions>() ?? new NotificationOptions();
        services.AddTradingSiloServices(paper, recovery, notifications);
        services.AddOptions<SimulatedFeedOptions>().Bind(configuration.GetSection($"{HostSettings.Section}:SimulatedFeed"));
        var feed = configuration.GetSection($"{HostSettings.Section}:SimulatedFeed").Get<SimulatedFeedOptions>() ?? new SimulatedFeedOptions();
        if (feed.Enabled && settings.Role.Serves(SiloRole.Colo))
        {
            services.AddHostedService<SimulatedQuoteFeed>();
        }

        return services;
    }
}
