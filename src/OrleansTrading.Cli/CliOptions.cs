using System.CommandLine;

namespace OrleansTrading.Cli;

/// <summary>Options shared by the commands that talk to the API.</summary>
internal static class CliOptions
{
    public static readonly Option<string> Endpoint = new("--endpoint")
    {
        Description = $"API address (env {CliDefaults.EndpointVariable}; default {CliDefaults.Endpoint})",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(CliDefaults.EndpointVariable) ?? CliDefaults.Endpoint,
    };

    public static readonly Option<string?> ApiKey = new("--api-key")
    {
        Description = $"API key, sent as x-api-key (env {CliDefaults.ApiKeyVariable})",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(CliDefaults.ApiKeyVariable),
    };

    public static readonly Option<string?> Token = new("--token")
    {
        Description = $"JWT bearer token, used when no API key is given (env {CliDefaults.TokenVariable})",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(CliDefaults.TokenVariable),
    };

    public static Option<string> Required(string name, string description) => new(name) { Description = description, Required = true };

    public static Option<string?> Optional(string name, string description) => new(name) { Description = description };
}
