using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace OrleansTrading.IntegrationTests.Cluster;

/// <summary>An Orleans client in the test process, connected to hosts started as separate processes.</summary>
public sealed class TradingClient : IAsyncDisposable
{
    private readonly IHost _host;

    private TradingClient(IHost host) => _host = host;

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    public IGrainFactory Grains => Client;

    /// <summary>Connects to an embedded (localhost-clustered) host through its gateway port.</summary>
    public static Task<TradingClient> ConnectEmbeddedAsync(int gatewayPort) =>
        StartAsync(client => client.UseLocalhostClustering(gatewayPort, "orleans-trading", "orleans-trading"));

    /// <summary>Connects to a cluster that registers itself in Azure Table storage.</summary>
    public static Task<TradingClient> ConnectAzureAsync(string connectionString, string clusterId) =>
        StartAsync(client =>
        {
            client.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(connectionString));
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = clusterId;
            });
        });

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static async Task<TradingClient> StartAsync(Action<IClientBuilder> configure)
    {
        var host = new HostBuilder()
            .UseOrleansClient(configure)
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .Build();
        await host.StartAsync();
        return new TradingClient(host);
    }
}
