namespace OrleansTrading.Persistence.Journal;

/// <summary>
/// An append used a sequence number the stream already holds: a second writer is active for the stream (or the
/// writer lost track of its position). Nothing of the append was stored; the writer must reload its position.
/// </summary>
public sealed class JournalSequenceConflictException(string stream, long sequence)
    : Exception($"Stream {stream} already holds sequence {sequence}; another writer appended to it. Nothing was appended.")
{
    public string Stream { get; } = stream;

    public long Sequence { get; } = sequence;
}
