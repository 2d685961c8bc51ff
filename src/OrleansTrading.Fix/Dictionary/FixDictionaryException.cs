namespace OrleansTrading.Fix.Dictionary;

/// <summary>A data dictionary source is malformed or inconsistent.</summary>
public sealed class FixDictionaryException : Exception
{
    public FixDictionaryException()
    {
    }

    public FixDictionaryException(string message)
        : base(message)
    {
    }

    public FixDictionaryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
