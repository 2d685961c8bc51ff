using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Abstractions.Streams;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains;
using OrleansTrading.Grains.Instruments;
using OrleansTrading.Grains.Orders;
using OrleansTrading.Grains.Placement;
using OrleansTrading.Grains.Venues;
using OrleansTrading.Persistence;
using OrleansTrading.Persistence.Journal;

namespace OrleansTrading.Grains.Tests.Cluster;

/// <summary>
/// One in-process test cluster for the whole assembly: real grains over the real SQLite store (in a temp folder),
/// memory streams, the role placement filter, and a manual clock the tests move.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public static readonly DateTime Start = new(2026, 11, 26, 14, 30, 0, DateTimeKind.Utc);

    public static readonly Instrument Aapl = new(new InstrumentId("AAPL.XNAS"), AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(1m));
    public static readonly Instrument Msft = new(new InstrumentId("MSFT.XNAS"), AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(1m));
    public static readonly Instrument Es = new(new InstrumentId("ESZ6.XCME"), AssetClass.Future, Currency.Usd, 0.25m, new Quantity(1m), 50m);

    /// <summary>
    /// Venue retries every 100 ms (2 s in production); accounts sweep for unanswered admissions every 200 ms (30 s),
    /// judged by <see cref="Clock"/>, which only tests move; an unanswered cancel is checked after 300 ms (10 s).
    /// </summary>
    public static readonly OrderRecoveryOptions Recovery = new()
    {
        RetryVenueAfter = TimeSpan.FromMilliseconds(100),
        MaxRetryVenueAfter = TimeSpan.FromMilliseconds(400),
        SweepUnansweredEvery = TimeSpan.FromMilliseconds(200),
        UnansweredAfter = TimeSpan.FromSeconds(5),
        RequestAnsweredWithin = TimeSpan.FromMilliseconds(300),
    };

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <summary>A service of the (single) silo, e.g. the paper venue to feed it quotes.</summary>
    /// <summary>A paper venue for AAPL outside the silo, delivering later reports to this cluster's order grains.</summary>
    public OrleansTrading.Grains.Venues.Paper.PaperVenue PaperVenue(OrleansTrading.Domain.Time.IClock clock, OrleansTrading.Grains.Venues.Paper.PaperVenueOptions? options = null) =>
        new(new OrleansTrading.Grains.Instruments.InstrumentCatalog([Aapl]), Grains, clock, new OrleansTrading.Grains.MarketData.MarketPriceBook(),
            options ?? new OrleansTrading.Grains.Venues.Paper.PaperVenueOptions(), SiloService<Orleans.Serialization.Serializer>(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<OrleansTrading.Grains.Venues.Paper.PaperVenue>.Instance);

    public T SiloService<T>()
        where T : notnull => ((InProcessSiloHandle)Cluster.Primary!).ServiceProvider.GetRequiredService<T>();

    /// <summary>The silo's grain storage (the <c>trading</c> provider), to read or tamper with what grains stored.</summary>
    public IGrainStorage GrainStorage =>
        ((InProcessSiloHandle)Cluster.Primary!).ServiceProvider.GetRequiredKeyedService<IGrainStorage>(TradingStorage.Name);

    /// <summary>The clock every silo's grains read.</summary>
    public static ManualClock Clock { get; } = new(UnixNanos.FromDateTime(Start));

    internal static string DataFolder { get; } = Directory.CreateTempSubdirectory("ot-cluster-").FullName;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(initialSilosCount: 1);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.UseSiloRole(SiloRole.All);
            silo.AddSqliteStore(o =>
            {
                o.DatabasePath = Path.Combine(DataFolder, "trading.db");
                o.Durability = SqliteDurability.ProcessCrashSafe;
            });
            silo.AddSqliteGrainStorage(TradingStorage.Name);
            silo.AddSqliteGrainStorage("PubSubStore");
            silo.UseSqliteReminderService(Path.Combine(DataFolder, "reminders.db"));
            silo.AddMemoryStreams(StreamNames.Provider);
            silo.Services.AddSingleton<IClock>(Clock);
            silo.Services.AddSingleton<IInstrumentCatalog>(new InstrumentCatalog([Aapl, Msft, Es]));
            // recovery timers run in milliseconds, not seconds, so recovery tests wait briefly
            silo.Services.AddTradingSiloServices(recovery: Recovery);
            silo.Services.AddSingleton(services => new FlakyJournal(services.GetRequiredService<LoggedEventJournal>()));
            silo.Services.AddSingleton<IEventJournal>(services => services.GetRequiredService<FlakyJournal>());
            silo.Services.AddSingleton<FlakyVenue>();
            silo.Services.AddKeyedSingleton<IVenueConnector>(FlakyVenue.Id, (sp, _) => sp.GetRequiredService<FlakyVenue>());
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
