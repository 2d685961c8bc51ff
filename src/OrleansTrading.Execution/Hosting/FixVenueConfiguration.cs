using System.Globalization;
using Microsoft.Extensions.Configuration;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Execution.Fix;
using OrleansTrading.Execution.Reconciliation;
using OrleansTrading.Fix.Configuration;
using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Store;

namespace OrleansTrading.Execution.Hosting;

/// <summary>
/// Reads <c>OrleansTrading:Venues</c>: a list of venues, each
/// <c>{ Id, Kind: "fix", SessionConfig: "venue.cfg", Symbols: { instrumentId: symbol }, StorePath, Fsync, Reconciliation }</c>
/// plus optional tuning (ReconciliationTimeout, MassStatusTimeout, StaleOrderAge, ClosedRouteRetention as
/// <c>hh:mm:ss</c>; DeliveryLanes; Username, Password). Every problem of every venue is reported at once, naming the key
/// and what to write instead; nothing is returned when anything is wrong.
/// </summary>
public static class FixVenueConfiguration
{
    public const string SectionName = "OrleansTrading:Venues";

    private static readonly string[] _knownKeys =
    [
        "Id", "Kind", "SessionConfig", "Symbols", "StorePath", "Fsync", "Reconciliation", "ReconciliationTimeout",
        "MassStatusTimeout", "StaleOrderAge", "ClosedRouteRetention", "DeliveryLanes", "Username", "Password",
    ];

    /// <param name="venues">The <c>OrleansTrading:Venues</c> section.</param>
    /// <param name="dataDirectory">The host's data folder: stores default to <c>{dataDirectory}/fix/{Id}</c>, and a relative StorePath is under it.</param>
    /// <param name="baseDirectory">Where a relative SessionConfig path starts (default: the current directory).</param>
    public static IReadOnlyList<FixVenueOptions> Read(IConfiguration venues, string dataDirectory, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(venues);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var problems = new List<string>();
        var result = new List<FixVenueOptions>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var venue in venues.GetChildren().OrderBy(c => int.TryParse(c.Key, CultureInfo.InvariantCulture, out var index) ? index : int.MaxValue))
        {
            var where = $"{SectionName}:{venue.Key}";
            if (venue["Id"] is { } id && !ids.Add(id))
            {
                problems.Add($"{where}: venue id {id} is configured twice; give each venue its own Id.");
            }

            if (ReadVenue(venue, where, dataDirectory, baseDirectory ?? Environment.CurrentDirectory, problems) is { } options)
            {
                result.Add(options);
            }
        }

        return problems.Count == 0 ? result : throw new VenueConfigurationException(problems);
    }

    private static FixVenueOptions? ReadVenue(IConfigurationSection venue, string where, string dataDirectory, string baseDirectory, List<string> problems)
    {
        var before = problems.Count;
        foreach (var key in venue.GetChildren().Select(c => c.Key).Where(k => !_knownKeys.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add($"{where}:{key} is not a venue setting; known settings: {string.Join(", ", _knownKeys)}.");
        }

        var idText = venue["Id"];
        if (Identifier.Check(idText, "Id") is { } idProblem)
        {
            problems.Add($"{where}:Id — {idProblem}");
            return null;
        }

        var id = new VenueId(idText!);
        where = $"{where} (venue {id})";
        if (string.Equals(id.Value, "PAPER", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{where}: the id PAPER is the built-in paper venue; choose another Id.");
        }

        var kind = venue["Kind"];
        if (!string.Equals(kind, FixVenueConnector.KindName, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(kind is null
                ? $"{where}:Kind is missing; use \"fix\" (the paper venue needs no configuration)."
                : $"{where}:Kind '{kind}' is not a venue kind; use \"fix\".");
        }

        var session = ReadSession(venue["SessionConfig"], where, baseDirectory, problems);
        var symbols = ReadSymbols(venue.GetSection("Symbols"), id, where, problems);
        var storePath = venue["StorePath"] is { Length: > 0 } store
            ? Path.GetFullPath(Path.Combine(dataDirectory, store))
            : Path.GetFullPath(Path.Combine(dataDirectory, "fix", id.Value));
        var fsync = venue["Fsync"]?.ToLowerInvariant() switch
        {
            null or "always" => FixFsyncPolicy.EveryMessage,
            "batched" => FixFsyncPolicy.Batched,
            "none" => FixFsyncPolicy.None,
            var other => Problem(problems, $"{where}:Fsync '{other}' is unknown; use always, batched or none.", FixFsyncPolicy.EveryMessage),
        };
        var reconciliation = venue["Reconciliation"]?.ToLowerInvariant() switch
        {
            null or "status" => ReconciliationMode.Status,
            "mass" => ReconciliationMode.Mass,
            var other => Problem(problems, $"{where}:Reconciliation '{other}' is unknown; use status (one OrderStatusRequest per open order) or mass (OrderMassStatusRequest).", ReconciliationMode.Status),
        };
        var reconciliationTimeout = Duration(venue, "ReconciliationTimeout", where, problems);
        var massStatusTimeout = Duration(venue, "MassStatusTimeout", where, problems);
        var staleOrderAge = Duration(venue, "StaleOrderAge", where, problems);
        var closedRouteRetention = Duration(venue, "ClosedRouteRetention", where, problems);
        int? lanes = null;
        if (venue["DeliveryLanes"] is { } lanesText)
        {
            lanes = int.TryParse(lanesText, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 64
                ? value
                : Problem<int?>(problems, $"{where}:DeliveryLanes '{lanesText}' is not a whole number from 1 to 64.", null);
        }

        if (session is null || symbols is null || problems.Count > before)
        {
            return null;
        }

        var options = new FixVenueOptions
        {
            Venue = id,
            Session = session,
            Symbols = symbols,
            StoreDirectory = storePath,
            Fsync = fsync,
            Reconciliation = reconciliation,
            Username = venue["Username"],
            Password = venue["Password"],
        };
        return options with
        {
            ReconciliationTimeout = reconciliationTimeout ?? options.ReconciliationTimeout,
            MassStatusTimeout = massStatusTimeout ?? options.MassStatusTimeout,
            StaleOrderAge = staleOrderAge ?? options.StaleOrderAge,
            ClosedRouteRetention = closedRouteRetention ?? options.ClosedRouteRetention,
            DeliveryLanes = lanes ?? options.DeliveryLanes,
        };
    }

    private static FixSessionSettings? ReadSession(string? path, string where, string baseDirectory, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            problems.Add($"{where}:SessionConfig is missing; give the path of the venue's QuickFIX-style .cfg (one [SESSION] with ConnectionType=initiator).");
            return null;
        }

        var fullPath = Path.GetFullPath(Path.Combine(baseDirectory, path));
        if (!File.Exists(fullPath))
        {
            problems.Add($"{where}:SessionConfig '{path}' does not exist (looked for {fullPath}).");
            return null;
        }

        try
        {
            var sessions = FixSettingsFile.Load(fullPath).Sessions;
            if (sessions.Count != 1)
            {
                problems.Add($"{where}:SessionConfig {fullPath} has {sessions.Count} [SESSION] sections; a venue uses exactly one.");
                return null;
            }

            if (sessions[0].Role != FixSessionRole.Initiator)
            {
                problems.Add($"{where}:SessionConfig {fullPath}: the session is ConnectionType=acceptor; the platform connects to venues, so use ConnectionType=initiator.");
                return null;
            }

            return sessions[0];
        }
        catch (FixSettingsException ex)
        {
            problems.Add($"{where}:SessionConfig — {ex.Message}");
            return null;
        }
    }

    private static SymbologyMap? ReadSymbols(IConfigurationSection section, VenueId venue, string where, List<string> problems)
    {
        var map = SymbologyMap.Empty;
        var ok = true;
        foreach (var entry in section.GetChildren())
        {
            if (Identifier.Check(entry.Key, "instrument id") is { } keyProblem)
            {
                problems.Add($"{where}:Symbols:{entry.Key} — {keyProblem}");
                ok = false;
                continue;
            }

            if (string.IsNullOrWhiteSpace(entry.Value))
            {
                problems.Add($"{where}:Symbols:{entry.Key} has no symbol; write the venue's symbol for the instrument, e.g. \"AAPL\".");
                ok = false;
                continue;
            }

            try
            {
                map = map.Add(venue.Value, entry.Value, new InstrumentId(entry.Key));
            }
            catch (SymbologyConflictException ex)
            {
                problems.Add($"{where}:Symbols:{entry.Key} — {ex.Message}");
                ok = false;
            }
        }

        if (map.Count == 0 && ok)
        {
            problems.Add($"{where}:Symbols is empty; map each instrument the venue trades to its venue symbol, e.g. \"Symbols\": {{ \"AAPL.XNAS\": \"AAPL\" }}.");
            ok = false;
        }

        return ok ? map : null;
    }

    /// <summary>The duration set under <paramref name="key"/>, or null when it is not set (or wrong, which is reported).</summary>
    private static TimeSpan? Duration(IConfigurationSection venue, string key, string where, List<string> problems)
    {
        if (venue[key] is not { } text)
        {
            return null;
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero)
        {
            return value;
        }

        problems.Add($"{where}:{key} '{text}' is not a positive duration; write it as hh:mm:ss (e.g. 00:00:30) or d.hh:mm:ss.");
        return null;
    }

    private static T Problem<T>(List<string> problems, string message, T fallback)
    {
        problems.Add(message);
        return fallback;
    }
}
