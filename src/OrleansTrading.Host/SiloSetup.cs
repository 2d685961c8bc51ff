using Azure.Data.Tables;
using Orleans.Configuration;
using OrleansTrading.Grains.Placement;
using OrleansTrading.Persistence;
using OrleansTrading.Persistence.Journal;

namespace OrleansTrading.Host;

/// <summary>Turns <see cref="HostSettings"/> into an Orleans silo: clustering, storage, reminders and role.</summary>
public static class SiloSetup
{
    /// <summary>The grain-storage provider every trading grain persists through.</summary>
    public const string TradingStorage = "trading";

    public static ISiloBuilder Configure(this ISiloBuilder silo, HostSettings settings)
    {
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = settings.ClusterId;
            o.ServiceId = settings.ServiceId;
        });
        silo.UseSiloRole(settings.Role);

        switch (settings.Cluster)
        {
            case ClusterMode.Embedded:
                silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, serviceId: settings.ServiceId, clusterId: settings.ClusterId);
                silo.AddSqliteStore(TradingStorage, o =>
                {
                    o.DatabasePath = Path.Combine(settings.DataDirectory, "trading.db");
                    o.Durability = settings.Durability;
                });
                silo.UseSqliteReminderService(Path.Combine(settings.DataDirectory, "reminders.db"));
                break;

            case ClusterMode.Azure:
                var connection = settings.AzureStorageConnectionString!;
                silo.ConfigureEndpoints(settings.AdvertisedAddress, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: false);
                silo.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(connection));
                silo.AddAzureTableGrainStorage(TradingStorage, o => o.TableServiceClient = new TableServiceClient(connection));
                silo.UseAzureTableReminderService(o => o.TableServiceClient = new TableServiceClient(connection));
                silo.Services.AddSingleton<IEventJournal>(_ => new AzureTableEventJournal(new TableServiceClient(connection)));
                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Cluster, "Unknown cluster mode.");
        }

        return silo;
    }
}
