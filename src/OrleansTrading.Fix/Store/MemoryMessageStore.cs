namespace OrleansTrading.Fix.Store;

/// <summary>A non-durable store for tests and sessions that reset every logon.</summary>
public sealed class MemoryMessageStore : IFixMessageStore
{
    private readonly SortedDictionary<int, byte[]> _sent = [];
    private readonly Lock _lock = new();

    public MemoryMessageStore(DateTimeOffset creationTime)
    {
        CreationTime = creationTime;
    }

    public int NextSenderSeqNum { get; private set; } = 1;

    public int NextTargetSeqNum { get; private set; } = 1;

    public DateTimeOffset CreationTime { get; private set; }

    public void StoreSent(int seqNum, ReadOnlySpan<byte> message)
    {
        lock (_lock)
        {
            _sent[seqNum] = message.ToArray();
            NextSenderSeqNum = seqNum + 1;
        }
    }

    public void SetNextSenderSeqNum(int value)
    {
        lock (_lock)
        {
            NextSenderSeqNum = value;
        }
    }

    public void SetNextTargetSeqNum(int value)
    {
        lock (_lock)
        {
            NextTargetSeqNum = value;
        }
    }

    public void GetSent(int begin, int endInclusive, ICollection<StoredMessage> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        lock (_lock)
        {
            foreach (var (seqNum, message) in _sent)
            {
                if (seqNum >= begin && seqNum <= endInclusive)
                {
                    into.Add(new StoredMessage(seqNum, message));
                }
            }
        }
    }

    public void Reset(DateTimeOffset creationTime)
    {
        lock (_lock)
        {
            _sent.Clear();
            NextSenderSeqNum = 1;
            NextTargetSeqNum = 1;
            CreationTime = creationTime;
        }
    }

    public void Flush()
    {
    }

    public void Dispose()
    {
    }
}
