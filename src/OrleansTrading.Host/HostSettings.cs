using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;
using OrleansTrading.Grains.Placement;
using OrleansTrading.Persistence;

namespace OrleansTrading.Host;

/// <summary>
/// Everything the host needs to start, from the <c>OrleansTrading</c> configuration section (appsettings.json,
/// environment variables <c>OrleansTrading__Role</c> …, or the command-line switches in <see cref="SwitchMappings"/>).
/// </summary>
public sealed record HostSettings
{
    public const string Section = "OrleansTrading";

    /// <summary>Command-line switches and the configuration keys they set.</summary>
    public static readonly IReadOnlyDictionary<string, string> SwitchMappings = new Dictionary<string, string>
    {
        ["--role"] = $"{Section}:Role",
        ["--cluster"] = $"{Section}:Cluster",
        ["--data-dir"] = $"{Section}:DataDirectory",
        ["--silo-port"] = $"{Section}:SiloPort",
        ["--gateway-port"] = $"{Section}:GatewayPort",
        ["--grpc-port"] = $"{Section}:GrpcPort",
        ["--advertised-address"] = $"{Section}:AdvertisedAddress",
        ["--cluster-id"] = $"{Section}:ClusterId",
        ["--service-id"] = $"{Section}:ServiceId",
        ["--azure-storage"] = $"{Section}:AzureStorageConnectionString",
        ["--durability"] = $"{Section}:Durability",
        ["--journal"] = $"{Section}:Journal",
    };

    public SiloRole Role { get; init; } = SiloRole.All;

    public ClusterMode Cluster { get; init; } = ClusterMode.Embedded;

    public string DataDirectory { get; init; } = ".data";

    public int SiloPort { get; init; } = 11111;

    public int GatewayPort { get; init; } = 30000;

    public int GrpcPort { get; init; } = 5080;

    public IPAddress AdvertisedAddress { get; init; } = IPAddress.Loopback;

    public string ClusterId { get; init; } = "orleans-trading";

    public string ServiceId { get; init; } = "orleans-trading";

    public string? AzureStorageConnectionString { get; init; }

    public SqliteDurability Durability { get; init; } = SqliteDurability.PowerLossSafe;

    /// <summary>Whether an order journaled before a call is answered survives a power cut (Azure Table storage, or the embedded store synced to disk).</summary>
    public bool OrderJournalSurvivesPowerLoss => Cluster == ClusterMode.Azure || Durability == SqliteDurability.PowerLossSafe;

    /// <summary>Where the embedded order journal makes appends durable: its log (the default) or the SQLite tables directly.</summary>
    public EmbeddedJournal Journal { get; init; } = EmbeddedJournal.Log;

    /// <summary>Whether this silo serves the public gRPC API (cloud and all; colo silos keep their cores for execution).</summary>
    public bool ServesApi => Role != SiloRole.Colo;

    /// <summary>Reads and validates the settings; every problem is reported at once, with what to change.</summary>
    public static HostSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var errors = new List<string>();
        var defaults = new HostSettings();

        var role = defaults.Role;
        if (section["Role"] is { } roleText && !SiloRoles.TryParse(roleText, out role))
        {
            errors.Add($"--role '{roleText}' is not a silo role; use all, colo or cloud.");
        }

        var cluster = defaults.Cluster;
        if (section["Cluster"] is { } clusterText && !Enum.TryParse(clusterText, ignoreCase: true, out cluster))
        {
            errors.Add($"--cluster '{clusterText}' is not a cluster mode; use embedded or azure.");
        }

        var durability = defaults.Durability;
        if (section["Durability"] is { } durabilityText)
        {
            durability = durabilityText.ToLowerInvariant() switch
            {
                "power-loss-safe" or "full" => SqliteDurability.PowerLossSafe,
                "process-crash-safe" or "normal" => SqliteDurability.ProcessCrashSafe,
                _ => Fail(errors, $"--durability '{durabilityText}' is unknown; use power-loss-safe or process-crash-safe.", defaults.Durability),
            };
        }

        var journal = defaults.Journal;
        if (section["Journal"] is { } journalText)
        {
            journal = journalText.ToLowerInvariant() switch
            {
                "log" => EmbeddedJournal.Log,
                "tables" => EmbeddedJournal.Tables,
                _ => Fail(errors, $"--journal '{journalText}' is unknown; use log (the default) or tables.", defaults.Journal),
            };
        }

        var advertised = defaults.AdvertisedAddress;
        if (section["AdvertisedAddress"] is { } addressText && !IPAddress.TryParse(addressText, out advertised!))
        {
            errors.Add($"--advertised-address '{addressText}' is not an IP address.");
            advertised = defaults.AdvertisedAddress;
        }

        var settings = new HostSettings
        {
            Role = role,
            Cluster = cluster,
            Durability = durability,
            Journal = journal,
            AdvertisedAddress = advertised,
            DataDirectory = section["DataDirectory"] ?? defaults.DataDirectory,
            SiloPort = Port(section, "SiloPort", "--silo-port", defaults.SiloPort, errors),
            GatewayPort = Port(section, "GatewayPort", "--gateway-port", defaults.GatewayPort, errors),
            GrpcPort = Port(section, "GrpcPort", "--grpc-port", defaults.GrpcPort, errors),
            ClusterId = section["ClusterId"] ?? defaults.ClusterId,
            ServiceId = section["ServiceId"] ?? defaults.ServiceId,
            AzureStorageConnectionString = section["AzureStorageConnectionString"]
                ?? Environment.GetEnvironmentVariable("ORLEANS_TRADING_AZURE_STORAGE"),
        };

        if (settings.Cluster == ClusterMode.Azure && string.IsNullOrWhiteSpace(settings.AzureStorageConnectionString))
        {
            errors.Add("--cluster azure needs a storage connection string: pass --azure-storage, or set ORLEANS_TRADING_AZURE_STORAGE or OrleansTrading__AzureStorageConnectionString.");
        }

        if (settings.Cluster == ClusterMode.Embedded && settings.Role != SiloRole.All)
        {
            errors.Add($"--role {settings.Role.ToMetadataValue()} needs a cluster: the embedded mode is one silo with every role; use --cluster azure for colo/cloud silos.");
        }

        return errors.Count == 0 ? settings : throw new HostSettingsException(errors);
    }

    private static int Port(IConfigurationSection section, string key, string option, int fallback, List<string> errors)
    {
        if (section[key] is not { } text)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536)
        {
            return port;
        }

        errors.Add($"{option} '{text}' is not a TCP port (1-65535).");
        return fallback;
    }

    private static T Fail<T>(List<string> errors, string message, T fallback)
    {
        errors.Add(message);
        return fallback;
    }
}
