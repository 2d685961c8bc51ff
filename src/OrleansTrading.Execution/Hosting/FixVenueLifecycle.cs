using Microsoft.Extensions.Logging;
using OrleansTrading.Execution.Fix;

namespace OrleansTrading.Execution.Hosting;

/// <summary>
/// Starts the silo's FIX venue connectors when the silo becomes active (grains can then receive their reports) and
/// stops them first when it shuts down (logout, then the queued reports reach their grains while grains still run).
/// </summary>
public sealed partial class FixVenueLifecycle(IReadOnlyList<FixVenueConnector> connectors, ILogger<FixVenueLifecycle> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(nameof(FixVenueLifecycle), ServiceLifecycleStage.Active, StartAsync, StopAsync);
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var connector in connectors)
        {
            await connector.StartAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var connector in connectors)
        {
            try
            {
                await connector.StopAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogStopFailed(logger, ex, connector.Venue.Value);
            }
        }
    }

    [LoggerMessage(EventId = 5140, Level = LogLevel.Error, Message = "Venue {Venue} did not stop cleanly")]
    private static partial void LogStopFailed(ILogger logger, Exception exception, string venue);
}
