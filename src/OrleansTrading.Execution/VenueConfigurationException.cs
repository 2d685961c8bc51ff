namespace OrleansTrading.Execution;

/// <summary>A venue's configuration is unusable; <see cref="Exception.Message"/> lists every problem and how to fix it.</summary>
public sealed class VenueConfigurationException : Exception
{
    public VenueConfigurationException(IReadOnlyList<string> problems)
        : base("Invalid venue configuration:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
    {
        Problems = problems;
    }

    public VenueConfigurationException(string problem)
        : this([problem])
    {
    }

    public VenueConfigurationException()
        : this("The venue configuration is invalid.")
    {
    }

    public VenueConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; } = [];
}
