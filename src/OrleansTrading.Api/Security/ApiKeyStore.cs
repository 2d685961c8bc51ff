using System.Collections.Concurrent;
using System.Net;
using OrleansTrading.Api.Hosting;

namespace OrleansTrading.Api.Security;

/// <summary>
/// The configured API keys (salted hashes) and the callers they stand for. A presented key is checked against
/// every stored hash in constant time per entry; keys that matched are remembered, so the hot path does one
/// dictionary lookup. Unknown keys are never remembered (no memory growth from guessing).
/// </summary>
public sealed class ApiKeyStore
{
    private readonly IReadOnlyList<Entry> _entries;
    private readonly ConcurrentDictionary<string, ApiCaller> _matched = new(StringComparer.Ordinal);

    public ApiKeyStore(ApiOptions options)
    {
        var problems = new List<string>();
        var entries = new List<Entry>();
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            var where = $"Keys:{i} ({(string.IsNullOrWhiteSpace(key.Name) ? "no name" : key.Name)})";
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                problems.Add($"{where}: Name is required (it is the principal recorded in the audit log).");
            }

            var parsed = ApiKeyHash.TryParse(key.Hash, out var hashProblem);
            if (parsed is null)
            {
                problems.Add($"{where}: Hash {hashProblem}.");
            }

            var roles = ApiRole.None;
            foreach (var name in key.Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (ApiRoles.TryParse(name, out var role))
                {
                    roles |= role;
                }
                else
                {
                    problems.Add($"{where}: role '{name}' is unknown; use trader, risk, operator or investor.");
                }
            }

            if (roles == ApiRole.None)
            {
                problems.Add($"{where}: Roles is empty; give at least one of trader, risk, operator, investor.");
            }

            if (parsed is { } p)
            {
                var caller = new ApiCaller(key.Name, roles, CallerScope.From([key.Accounts]), CallerScope.From([key.Funds]), "api-key");
                entries.Add(new Entry(p.Salt, p.Hash, caller));
            }
        }

        if (problems.Count > 0)
        {
            throw new ApiConfigurationException(problems);
        }

        UsesDevelopmentKey = entries.Count == 0 && options.AllowDevelopmentKey && !options.Jwt.IsConfigured && IsLoopback(options.ListenAddress);
        if (UsesDevelopmentKey)
        {
            var dev = ApiKeyHash.TryParse(DevelopmentApiKey.Hash, out _)!.Value;
            entries.Add(new Entry(dev.Salt, dev.Hash, new ApiCaller(DevelopmentApiKey.Name, ApiRole.Operator, CallerScope.All, CallerScope.All, "development-key")));
        }

        _entries = entries;
    }

    /// <summary>True when only the built-in local development key is accepted (nothing else is configured).</summary>
    public bool UsesDevelopmentKey { get; }

    public int Count => _entries.Count;

    public ApiCaller? Find(string presented)
    {
        if (_matched.TryGetValue(presented, out var known))
        {
            return known;
        }

        foreach (var entry in _entries)
        {
            if (ApiKeyHash.Matches(presented, entry.Salt, entry.Hash))
            {
                _matched.TryAdd(presented, entry.Caller);
                return entry.Caller;
            }
        }

        return null;
    }

    internal static bool IsLoopback(string address) =>
        address.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(address, out var ip) && IPAddress.IsLoopback(ip));

    private sealed record Entry(byte[] Salt, byte[] Hash, ApiCaller Caller);
}
