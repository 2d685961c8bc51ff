using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Domain.Time;
using OrleansTrading.Grains.Instruments;
using OrleansTrading.Host.ReferenceData;

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
}
