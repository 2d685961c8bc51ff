namespace OrleansTrading.Api.Security;

/// <summary>The API's configuration is unusable; the message lists every problem and what to change.</summary>
public sealed class ApiConfigurationException(IReadOnlyList<string> problems)
    : Exception("Invalid OrleansTrading:Api configuration:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
