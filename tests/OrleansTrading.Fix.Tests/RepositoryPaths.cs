namespace OrleansTrading.Fix.Tests;

/// <summary>Finds files beside or above the test assembly: the repository root, the shared conformance data, installed tools.</summary>
internal static class RepositoryPaths
{
    /// <summary>The directory holding OrleansTrading.sln above the test assembly, or null.</summary>
    public static string? RepositoryRoot => WalkUp(AppContext.BaseDirectory, dir => File.Exists(Path.Combine(dir, "OrleansTrading.sln")));

    /// <summary>The QuickFIX FIX 4.4 XML dictionary installed by scripts/install-prerequisites.sh, or null.</summary>
    public static string? JspurefixFix44Xml
    {
        get
        {
            var root = RepositoryRoot;
            var path = root is null ? null : Path.Combine(root, ".tools", "node", "node_modules", "jspurefix", "data", "FIX44.xml");
            return path is not null && File.Exists(path) ? path : null;
        }
    }

    /// <summary>The folder of QuickFIX FIX 4.4 acceptance scripts (<c>shared/conformance/quickfix-fix44</c> beside a parent directory), or null.</summary>
    public static string? ConformanceFolder
    {
        get
        {
            var found = WalkUp(AppContext.BaseDirectory, dir => Directory.Exists(Path.Combine(dir, "shared", "conformance", "quickfix-fix44")));
            return found is null ? null : Path.Combine(found, "shared", "conformance", "quickfix-fix44");
        }
    }

    private static string? WalkUp(string start, Func<string, bool> match)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (match(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
