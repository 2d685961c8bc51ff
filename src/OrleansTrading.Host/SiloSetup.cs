using Azure.Data.Tables;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.Configuration;
using OrleansTrading.Abstractions.Streams;
using OrleansTrading.Grains;
using OrleansTrading.Grains.Placement;
using OrleansTrading.Persistence;
using OrleansTrading.Persistence.Journal;

namespace OrleansTrading.Host;

/// <summary>Turns <see cref="HostSettings"/> into an Orleans silo: clustering, storage, reminders and role.</summary>
public static class SiloSetup
{
    /// <summary>Orleans' stream pub-sub registry storage (the provider name Orleans looks up).</summary>
    public const string PubSubStore = "PubSubStore";

    /// <summary>How long a delivered notification stays in the stream cache at least, and at most.</summary>
    public static readonly TimeSpan NotificationCacheMinTime = TimeSpan.FromSeconds(5);

    /// <inheritdoc cref="NotificationCacheMinTime"/>
    public static readonly TimeSpan NotificationCacheMaxAge = TimeSpan.FromSeconds(30);

    public static ISiloBuilder Configure(this ISiloBuilder silo, HostSettings settings)
    {
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = settings.ClusterId;
            o.ServiceId = settings.ServiceId;
        });
        silo.UseSiloRole(settings.Role);
        silo.AddMemoryStreams(StreamNames.Provider, streams =>
        {
            streams.ConfigurePullingAgent(agent => agent.Configure(o => o.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(10)));
            // The streams carry notifications and the journal is the record, so nobody rewinds them: delivered messages
            // need not stay cached for Orleans' default five to thirty minutes, which kept every notification of a busy
            // silo on the heap (hundreds of MiB, and the GC's pauses grew with it).
            streams.ConfigureCacheEviction(eviction => eviction.Configure(o =>
            {
                o.DataMinTimeInCache = NotificationCacheMinTime;
                o.DataMaxAgeInCache = NotificationCacheMaxAge;
            }));
        });

        switch (settings.Cluster)
        {
            case ClusterMode.Embedded:
                silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, serviceId: settings.ServiceId, clusterId: settings.ClusterId);
                silo.AddSqliteStore(o =>
                {
                    o.DatabasePath = Path.Combine(settings.DataDirectory, "trading.db");
                    o.Durability = settings.Durability;
                    o.Journal = settings.Journal;
                });
                silo.AddSqliteGrainStorage(TradingStorage.Name);
                silo.AddSqliteGrainStorage(PubSubStore);
                silo.UseSqliteReminderService(Path.Combine(settings.DataDirectory, "reminders.db"));
                break;

            case ClusterMode.Azure:
                var connection = settings.AzureStorageConnectionString!;
                silo.ConfigureEndpoints(settings.AdvertisedAddress, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: false);
                silo.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(connection));
                // Grain state uses Orleans' own binary serializer (as the embedded store does): the JSON default cannot
                // rebuild our immutable state types, which only failed when a grain re-activated on another silo.
                foreach (var storage in new[] { TradingStorage.Name, PubSubStore })
                {
                    silo.AddAzureTableGrainStorage(storage, options => options.Configure<Serializer>((o, serializer) =>
                    {
                        o.TableServiceClient = new TableServiceClient(connection);
                        o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
                    }));
                }
                silo.UseAzureTableReminderService(o => o.TableServiceClient = new TableServiceClient(connection));
                silo.Services.AddSingleton<IEventJournal>(_ => new AzureTableEventJournal(new TableServiceClient(connection)));
                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Cluster, "Unknown cluster mode.");
        }

        return silo;
    }
}
