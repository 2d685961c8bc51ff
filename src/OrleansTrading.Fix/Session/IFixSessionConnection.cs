namespace OrleansTrading.Fix.Session;

/// <summary>What a session needs from a transport connection.</summary>
public interface IFixSessionConnection
{
    /// <summary>Queues wire bytes for sending, in order. Must not block on the network.</summary>
    void Send(ReadOnlySpan<byte> bytes);

    /// <summary>Closes the connection after the bytes already queued are sent.</summary>
    void Disconnect();
}
