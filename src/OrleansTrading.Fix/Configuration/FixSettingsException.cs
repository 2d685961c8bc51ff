namespace OrleansTrading.Fix.Configuration;

/// <summary>A session settings file is invalid; the message names the file, line or session and the setting.</summary>
public sealed class FixSettingsException : Exception
{
    public FixSettingsException()
    {
    }

    public FixSettingsException(string message)
        : base(message)
    {
    }

    public FixSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
