namespace OrleansTrading.Testing;

/// <summary>Where things are, found from the test assembly's location (works from any checkout folder).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Release or Debug: whichever this test assembly was built as, so the host matches it.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string HostAssembly => Path.Combine(Root, "src", "OrleansTrading.Host", "bin", Configuration, "net10.0", "OrleansTrading.Host.dll");

    public static string NodeTools => Path.Combine(Root, ".tools", "node", "node_modules");

    /// <summary>The shared design/conformance folder beside the repository, when present.</summary>
    public static string? Shared
    {
        get
        {
            var candidate = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OrleansTrading.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"OrleansTrading.sln not found above {AppContext.BaseDirectory}.");
    }
}
