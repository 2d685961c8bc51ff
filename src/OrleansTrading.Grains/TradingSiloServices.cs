using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OrleansTrading.Grains.MarketData;
using OrleansTrading.Grains.Notifications;
using OrleansTrading.Grains.Orders;
using OrleansTrading.Grains.Venues;
using OrleansTrading.Grains.Venues.Paper;

namespace OrleansTrading.Grains;

public static class TradingSiloServices
{
    /// <summary>
    /// Silo-local services the grains use: the price book and the paper venue (registered as the connector for venue
    /// <c>PAPER</c>; only used where the venue gateway activates, i.e. on co-located silos), with its expiry clock, and
    /// the order grains' recovery settings, how often grains publish change notifications, and what accounts know of how
    /// each venue answers.
    /// </summary>
    public static IServiceCollection AddTradingSiloServices(
        this IServiceCollection services, PaperVenueOptions? paper = null, OrderRecoveryOptions? recovery = null, NotificationOptions? notifications = null)
    {
        services.AddSingleton((recovery ?? new OrderRecoveryOptions()).Validated());
        services.AddSingleton((notifications ?? new NotificationOptions()).Validated());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MarketPriceBook>();
        services.AddSingleton<VenueAnswerModes>();
        services.AddSingleton(paper ?? new PaperVenueOptions());
        services.AddSingleton<PaperVenue>();
        services.AddKeyedSingleton<IVenueConnector>(PaperVenue.Id.Value, (sp, _) => sp.GetRequiredService<PaperVenue>());
        services.AddHostedService<PaperVenueExpiry>();
        return services;
    }
}
