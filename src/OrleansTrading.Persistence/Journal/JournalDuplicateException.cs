namespace OrleansTrading.Persistence.Journal;

/// <summary>
/// An append named an (entity, number) the stream already holds: the event was journaled before. Nothing of the
/// append was stored. Writers that rely on the journal for exactly-once treat this as "already applied".
/// </summary>
public sealed class JournalDuplicateException(string stream, string entity, int number)
    : Exception($"Stream {stream} already holds event {number} of {entity}; nothing was appended.")
{
    public string Stream { get; } = stream;

    public string Entity { get; } = entity;

    public int Number { get; } = number;
}
