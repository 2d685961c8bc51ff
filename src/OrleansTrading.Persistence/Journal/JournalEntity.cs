namespace OrleansTrading.Persistence.Journal;

/// <summary>
/// The latest summary of one entity of a stream (an order), kept for queries: two tags (instrument,
/// strategy), a status, whether it is still open, and when it was created (fixed for the entity's life;
/// pages are ordered by it).
/// </summary>
public sealed record JournalEntity(
    string Stream,
    string Entity,
    long CreatedNanos,
    string Tag1,
    string Tag2,
    string Status,
    bool IsOpen,
    int LastEntityNumber,
    ReadOnlyMemory<byte> Payload);
