using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Api.Security;
using OrleansTrading.Api.Services;

namespace OrleansTrading.Api.Hosting;

public static partial class ApiApplicationExtensions
{
    /// <summary>Maps every gRPC service, gRPC health (<c>grpc.health.v1</c>) and server reflection; health and reflection are anonymous.</summary>
    public static WebApplication MapOrleansTradingApi(this WebApplication app)
    {
        _ = app.Services.GetService<IInstrumentCatalog>()
            ?? throw new InvalidOperationException("The gRPC API needs an IInstrumentCatalog in DI (the host registers the configured instruments); none is registered.");
        app.UseAuthentication();
        app.MapGrpcService<OrderApiService>();
        app.MapGrpcService<PositionApiService>();
        app.MapGrpcService<RiskApiService>();
        app.MapGrpcService<MarketDataApiService>();
        app.MapGrpcService<ReportingApiService>();
        app.MapGrpcService<AdminApiService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("OrleansTrading.Api");
        var keys = app.Services.GetRequiredService<ApiKeyStore>();
        if (keys.UsesDevelopmentKey)
        {
            LogDevelopmentKey(logger, DevelopmentApiKey.Key);
        }

        return app;
    }

    /// <summary>
    /// The API endpoint: HTTP/2 on <see cref="ApiOptions.ListenAddress"/> (127.0.0.1 by default) and
    /// <paramref name="port"/>, plaintext on loopback, TLS when <c>Tls:CertificatePath</c> is configured.
    /// </summary>
    public static void ListenOrleansTradingApi(this KestrelServerOptions kestrel, int port, IConfiguration configuration)
    {
        var options = configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
        var address = options.ListenAddress.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            ? System.Net.IPAddress.Loopback
            : System.Net.IPAddress.Parse(options.ListenAddress);
        kestrel.Listen(address, port, listen =>
        {
            listen.Protocols = HttpProtocols.Http2;
            if (options.Tls.IsConfigured)
            {
                listen.UseHttps(options.Tls.CertificatePath!, options.Tls.CertificatePassword);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No API keys or JWT are configured: the gRPC API accepts only the LOCAL DEVELOPMENT key '{Key}' (operator role, loopback only). Configure OrleansTrading:Api:Keys or OrleansTrading:Api:Jwt for anything else.")]
    private static partial void LogDevelopmentKey(ILogger logger, string key);
}
