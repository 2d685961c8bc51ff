using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Storage;

namespace OrleansTrading.Persistence;

public static class SqliteGrainStorageHostingExtensions
{
    /// <summary>Registers a named SQLite grain storage with group commit (binary Orleans serialization of state).</summary>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, Action<SqliteGrainStorageOptions> configure)
    {
        var options = new SqliteGrainStorageOptions();
        configure(options);
        builder.Services.AddGrainStorage(name, (services, storageName) =>
        {
            var storage = new SqliteGrainStorage(
                storageName,
                options,
                new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>()),
                services.GetRequiredService<ILogger<SqliteGrainStorage>>());
            return storage;
        });
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
