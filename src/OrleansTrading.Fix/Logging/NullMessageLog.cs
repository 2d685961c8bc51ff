namespace OrleansTrading.Fix.Logging;

/// <summary>Discards everything.</summary>
public sealed class NullMessageLog : IFixMessageLog
{
    public static NullMessageLog Instance { get; } = new();

    public void OnIncoming(ReadOnlySpan<byte> message)
    {
    }

    public void OnOutgoing(ReadOnlySpan<byte> message)
    {
    }

    public void OnEvent(string text)
    {
    }

    public void Dispose()
    {
    }
}
