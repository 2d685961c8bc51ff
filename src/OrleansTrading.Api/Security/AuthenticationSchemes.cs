namespace OrleansTrading.Api.Security;

public static class AuthenticationSchemes
{
    /// <summary>The default scheme: forwards to <see cref="ApiKey"/> or <see cref="Bearer"/> by the headers present.</summary>
    public const string Selector = "OrleansTrading";

    public const string ApiKey = "ApiKey";

    public const string Bearer = "Bearer";

    public const string ApiKeyHeader = "x-api-key";
}
