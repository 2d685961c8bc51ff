namespace OrleansTrading.Fix.Store;

/// <summary>
/// Durable session state: the next sender and target sequence numbers and every sent message (for resends).
/// Implementations make <see cref="StoreSent"/> atomic: the message and the new NextSenderSeqNum are persisted
/// together or not at all.
/// </summary>
public interface IFixMessageStore : IDisposable
{
    int NextSenderSeqNum { get; }

    int NextTargetSeqNum { get; }

    /// <summary>When the current sequence (since the last reset) began.</summary>
    DateTimeOffset CreationTime { get; }

    /// <summary>Records a sent message; afterwards <see cref="NextSenderSeqNum"/> is <paramref name="seqNum"/> + 1.</summary>
    void StoreSent(int seqNum, ReadOnlySpan<byte> message);

    void SetNextSenderSeqNum(int value);

    void SetNextTargetSeqNum(int value);

    /// <summary>Appends the sent messages with sequence numbers in [<paramref name="begin"/>, <paramref name="endInclusive"/>] to <paramref name="into"/>, in order.</summary>
    void GetSent(int begin, int endInclusive, ICollection<StoredMessage> into);

    /// <summary>Starts a new sequence: both numbers back to 1, sent messages forgotten.</summary>
    void Reset(DateTimeOffset creationTime);

    /// <summary>Forces everything written so far to stable storage.</summary>
    void Flush();
}
