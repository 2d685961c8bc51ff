using System.Runtime;
using OrleansTrading.Api.Hosting;
using OrleansTrading.Api.Security;
using OrleansTrading.Execution;
using OrleansTrading.Execution.Fix;
using OrleansTrading.Execution.Hosting;
using OrleansTrading.Grains.Placement;
using OrleansTrading.Host;

HostSettings settings;
IReadOnlyList<FixVenueOptions> venues;
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddCommandLine(args, HostSettings.SwitchMappings.ToDictionary(p => p.Key, p => p.Value));
try
{
    settings = HostSettings.From(builder.Configuration);
    if (settings.ServesApi)
    {
        builder.Services.AddOrleansTradingApi(builder.Configuration, settings.OrderJournalSurvivesPowerLoss);
    }

    // FIX venues run where venue gateways run (colo and all silos); their .cfg files need only exist there.
    venues = settings.Role.Serves(SiloRole.Colo)
        ? FixVenueConfiguration.Read(builder.Configuration.GetSection(FixVenueConfiguration.SectionName), settings.DataDirectory)
        : [];
}
catch (Exception ex) when (ex is HostSettingsException or VenueConfigurationException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine("Usage: OrleansTrading.Host [--role all|colo|cloud] [--cluster embedded|azure] [--data-dir PATH] [--silo-port N] [--gateway-port N] [--grpc-port N] [--azure-storage CONNECTION] [--durability power-loss-safe|process-crash-safe]");
    return 2;
}
catch (ApiConfigurationException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

builder.Services.AddPlatformServices(builder.Configuration);
builder.Services.AddTradingServices(builder.Configuration, settings);
builder.Services.AddFixVenues(venues);
builder.UseOrleans(silo => silo.Configure(settings));
// Failure detection is an operational setting (probe timeouts, missed-probe limit): OrleansTrading:Membership.
builder.Services.Configure<Orleans.Configuration.ClusterMembershipOptions>(builder.Configuration.GetSection($"{HostSettings.Section}:Membership"));
builder.Services.AddReferenceDataSeeding();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    if (settings.ServesApi)
    {
        kestrel.ListenOrleansTradingApi(settings.GrpcPort, builder.Configuration);
    }
});

var app = builder.Build();
if (settings.ServesApi)
{
    app.MapOrleansTradingApi();
}

await app.StartAsync();
Console.WriteLine(
    $"OrleansTrading.Host ready role={settings.Role.ToString().ToLowerInvariant()} cluster={settings.Cluster.ToString().ToLowerInvariant()} " +
    $"silo={settings.AdvertisedAddress}:{settings.SiloPort} gateway={settings.GatewayPort} " +
    (settings.ServesApi ? $"grpc=http://127.0.0.1:{settings.GrpcPort} " : "") +
    $"serverGC={GCSettings.IsServerGC}");
await app.WaitForShutdownAsync();
return 0;
