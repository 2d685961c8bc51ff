namespace OrleansTrading.Grains.Placement;

public static class SiloRoles
{
    /// <summary>The silo-metadata key that carries a silo's <see cref="SiloRole"/>.</summary>
    public const string MetadataKey = "orleans-trading.role";

    public static string ToMetadataValue(this SiloRole role) => role switch
    {
        SiloRole.All => "all",
        SiloRole.Colo => "colo",
        SiloRole.Cloud => "cloud",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown silo role."),
    };

    public static bool TryParse(string? text, out SiloRole role)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "all":
                role = SiloRole.All;
                return true;
            case "colo":
                role = SiloRole.Colo;
                return true;
            case "cloud":
                role = SiloRole.Cloud;
                return true;
            default:
                role = default;
                return false;
        }
    }

    /// <summary>True when a silo with <paramref name="siloRole"/> may host work meant for <paramref name="wanted"/>.</summary>
    public static bool Serves(this SiloRole siloRole, SiloRole wanted) => siloRole == SiloRole.All || siloRole == wanted;
}
