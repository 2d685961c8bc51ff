using Microsoft.Extensions.Diagnostics.HealthChecks;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Risk;

namespace OrleansTrading.Api.Hosting;

/// <summary>Healthy when the co-hosted cluster answers a grain call (the global risk state) within the check's time.</summary>
public sealed class ClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrainByKey<IGlobalRiskGrain>(IGlobalRiskGrain.Key).Get().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("The trading cluster answers.");
        }
        catch (Exception ex) when (ex is TimeoutException or OrleansException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The trading cluster does not answer: " + ex.Message);
        }
    }
}
