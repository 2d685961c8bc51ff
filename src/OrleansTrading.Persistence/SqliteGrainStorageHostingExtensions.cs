using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Hosting;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Storage;
using OrleansTrading.Persistence.Journal;

namespace OrleansTrading.Persistence;

public static class SqliteGrainStorageHostingExtensions
{
    /// <summary>
    /// The embedded local store: one SQLite database (group-committed) for grain state and the order journal's tables,
    /// with the journal log in front of the tables by default (<see cref="LoggedEventJournal"/>). Add grain-storage
    /// providers on it with <see cref="AddSqliteGrainStorage"/>.
    /// </summary>
    public static ISiloBuilder AddSqliteStore(this ISiloBuilder builder, Action<SqliteGrainStorageOptions> configure)
    {
        var options = new SqliteGrainStorageOptions();
        configure(options);
        builder.Services.AddSingleton(services => new SqliteDatabase(options, services.GetRequiredService<ILogger<SqliteDatabase>>()));
        if (options.Journal == EmbeddedJournal.Log)
        {
            builder.Services.AddSingleton(services => new LoggedEventJournal(
                services.GetRequiredService<SqliteDatabase>(), options.JournalLog, services.GetRequiredService<ILogger<LoggedEventJournal>>()));
            builder.Services.AddSingleton<IEventJournal>(services => services.GetRequiredService<LoggedEventJournal>());
            builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services => new JournalLogStartup(services.GetRequiredService<LoggedEventJournal>()));
        }
        else
        {
            builder.Services.AddSingleton<IEventJournal>(services =>
            {
                var database = services.GetRequiredService<SqliteDatabase>();
                LoggedEventJournal.EnsureTablesHoldTheLog(database);
                return new SqliteEventJournal(database);
            });
        }
        return builder;
    }

    /// <summary>A named grain-storage provider on the local store (binary Orleans serialization of state).</summary>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string storageName)
    {
        builder.Services.AddGrainStorage(storageName, (services, _) => new SqliteGrainStorage(
            services.GetRequiredService<SqliteDatabase>(),
            new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>())));
        return builder;
    }

    /// <summary>Durable reminders in a local SQLite file (single-silo deployments).</summary>
    public static ISiloBuilder UseSqliteReminderService(this ISiloBuilder builder, string databasePath)
    {
        builder.AddReminders();
        builder.Services.AddSingleton<IReminderTable>(_ => new SqliteReminderTable(databasePath));
        return builder;
    }
}
