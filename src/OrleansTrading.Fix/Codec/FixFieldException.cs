namespace OrleansTrading.Fix.Codec;

/// <summary>A field a caller asked for is missing or has a value of the wrong type.</summary>
public sealed class FixFieldException : Exception
{
    public FixFieldException(string message, int tag)
        : base(message)
    {
        Tag = tag;
    }

    public FixFieldException()
    {
    }

    public FixFieldException(string message)
        : base(message)
    {
    }

    public FixFieldException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Tag { get; }
}
