namespace OrleansTrading.Fix.Logging;

/// <summary>Receives every inbound and outbound message of a session, and session events.</summary>
public interface IFixMessageLog : IDisposable
{
    void OnIncoming(ReadOnlySpan<byte> message);

    void OnOutgoing(ReadOnlySpan<byte> message);

    void OnEvent(string text);
}
