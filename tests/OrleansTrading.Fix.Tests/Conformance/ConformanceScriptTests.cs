using System.Net;
using OrleansTrading.Fix.Configuration;
using OrleansTrading.VenueSimulator.Conformance;

namespace OrleansTrading.Fix.Tests.Conformance;

/// <summary>
/// Plays every QuickFIX FIX 4.4 acceptance script against the reflector acceptor (the code path of
/// <c>OrleansTrading.VenueSimulator --reflector</c>), each against a fresh acceptor on a free 127.0.0.1 port configured
/// from the folder's at_44.cfg. Skipped when the conformance folder is not beside the repository.
/// </summary>
public sealed class ConformanceScriptTests
{
    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        var folder = RepositoryPaths.ConformanceFolder;
        if (folder is null)
        {
            data.Add("(conformance folder absent)");
            return data;
        }

        foreach (var path in Directory.GetFiles(folder, "*.def").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [ConformanceTheory]
    [MemberData(nameof(Scripts))]
    public async Task Acceptor_passes_the_quickfix_acceptance_script(string script)
    {
        var folder = RepositoryPaths.ConformanceFolder!;
        var store = Path.Combine(Path.GetTempPath(), "fix-conformance-" + Guid.NewGuid().ToString("N"));
        var settings = FixSettingsFile.Parse(
            File.ReadAllText(Path.Combine(folder, "at_44.cfg")),
            "at_44.cfg",
            folder,
            new Dictionary<string, string>
            {
                ["SocketAcceptHost"] = "127.0.0.1",
                ["SocketAcceptPort"] = "0",
                ["FileStorePath"] = store,
                ["DataDictionary"] = "builtin",
            });
        await using var acceptor = await ReflectorHost.StartAsync(settings);
        try
        {
            await using var player = new ScriptPlayer(new IPEndPoint(IPAddress.Loopback, acceptor.LocalEndPoints[0].Port));
            await player.PlayAsync(ConformanceScript.Load(Path.Combine(folder, script)));
        }
        finally
        {
            await acceptor.StopAsync();
            if (Directory.Exists(store))
            {
                Directory.Delete(store, recursive: true);
            }
        }
    }
}

/// <summary>Skips the conformance theory when shared/conformance/quickfix-fix44 is not found.</summary>
internal sealed class ConformanceTheoryAttribute : TheoryAttribute
{
    public ConformanceTheoryAttribute()
    {
        if (RepositoryPaths.ConformanceFolder is null)
        {
            Skip = "shared/conformance/quickfix-fix44 not found beside the repository";
        }
    }
}
