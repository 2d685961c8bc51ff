using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace OrleansTrading.Cli;

/// <summary>A channel to the API with the caller's credentials on every call (x-api-key, or a bearer token).</summary>
internal sealed class ApiConnection : IDisposable
{
    private readonly GrpcChannel _channel;

    public ApiConnection(string endpoint, string? apiKey, string? token)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new CliUsageException($"--endpoint '{endpoint}' is not an http:// or https:// address, e.g. http://127.0.0.1:5080.");
        }

        if (string.IsNullOrEmpty(apiKey) && string.IsNullOrEmpty(token))
        {
            throw new CliUsageException("No credentials: pass --api-key (or set OTRADE_API_KEY), or --token with a JWT (or set OTRADE_TOKEN).");
        }

        _channel = GrpcChannel.ForAddress(uri);
        Invoker = _channel.Intercept(metadata =>
        {
            if (!string.IsNullOrEmpty(apiKey))
            {
                metadata.Add("x-api-key", apiKey);
            }
            else
            {
                metadata.Add("authorization", "Bearer " + token);
            }

            return metadata;
        });
    }

    public CallInvoker Invoker { get; }

    public void Dispose() => _channel.Dispose();
}
