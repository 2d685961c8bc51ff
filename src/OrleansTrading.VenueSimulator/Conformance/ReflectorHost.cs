using OrleansTrading.Fix.Configuration;
using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Transport;

namespace OrleansTrading.VenueSimulator.Conformance;

/// <summary>Starts an acceptor running the <see cref="ReflectorApplication"/> for the acceptor sessions of a settings file.</summary>
public static class ReflectorHost
{
    public static async Task<FixAcceptor> StartAsync(FixSettingsFile settings, FixEngineOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var acceptorSessions = settings.Sessions.Where(s => s.Role == FixSessionRole.Acceptor).ToList();
        if (acceptorSessions.Count == 0)
        {
            throw new FixSettingsException("The reflector needs at least one session with ConnectionType=acceptor.");
        }

        var acceptor = new FixAcceptor(acceptorSessions, new ReflectorApplication(), options);
        await acceptor.StartAsync(cancellationToken).ConfigureAwait(false);
        return acceptor;
    }

    /// <summary>The <c>--reflector</c> mode: runs until <paramref name="cancellationToken"/> fires, printing where it listens.</summary>
    public static async Task RunAsync(string configPath, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var settings = FixSettingsFile.Load(configPath);
        await using var acceptor = await StartAsync(settings, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var endPoint in acceptor.LocalEndPoints)
        {
            await output.WriteLineAsync($"reflector listening on {endPoint}").ConfigureAwait(false);
        }

        foreach (var session in acceptor.Sessions)
        {
            await output.WriteLineAsync($"session {session.Id} next sender {session.NextSenderSeqNum} next target {session.NextTargetSeqNum}").ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
