namespace OrleansTrading.Api.Security;

/// <summary>
/// LOCAL DEVELOPMENT ONLY. The key the embedded default accepts when no keys and no JWT are configured and the
/// API listens on loopback, so <c>otrade</c> works right after the host starts. It is published in docs/api.md,
/// so it is no secret: it never works on a non-loopback address, and configuring any key or JWT turns it off.
/// </summary>
public static class DevelopmentApiKey
{
    public const string Key = "otrade-local-dev-key-not-for-production";

    public const string Name = "local-development";

    /// <summary>The stored hash of <see cref="Key"/> (the key itself is not needed at run time).</summary>
    public const string Hash = "sha256:6f7472616465646576206c6f63616c21:af1fbe92997f43a02be0ebeb3d8a3bb3cd67feb0b7bbe1347ce7100cd1813e01";
}
