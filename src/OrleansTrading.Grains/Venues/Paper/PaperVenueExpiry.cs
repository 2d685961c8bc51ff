using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OrleansTrading.Grains.Venues.Paper;

/// <summary>Expires the paper venue's Day and GTD orders once a second.</summary>
public sealed class PaperVenueExpiry(IServiceProvider services) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            services.GetRequiredService<PaperVenue>().ExpireDue();
        }
    }
}
