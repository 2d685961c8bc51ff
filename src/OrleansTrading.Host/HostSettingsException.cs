namespace OrleansTrading.Host;

/// <summary>The host's configuration is unusable; <see cref="Exception.Message"/> lists every problem.</summary>
public sealed class HostSettingsException(IReadOnlyList<string> problems)
    : Exception("Invalid host settings:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
