namespace OrleansTrading.Cli;

internal static class CliDefaults
{
    public const string Endpoint = "http://127.0.0.1:5080";

    public const string EndpointVariable = "OTRADE_ENDPOINT";

    public const string ApiKeyVariable = "OTRADE_API_KEY";

    public const string TokenVariable = "OTRADE_TOKEN";
}
