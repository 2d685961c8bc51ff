namespace OrleansTrading.Persistence.Journal;

/// <summary>
/// One event in a stream (an account's order events). <see cref="Sequence"/> is gapless per stream and
/// assigned by the stream's single writer; (<see cref="Entity"/>, <see cref="EntityNumber"/>) names the
/// event within its entity (an order's n-th event) and is unique, so a re-sent event is recognisable.
/// </summary>
public sealed record JournalEvent(string Stream, long Sequence, string Entity, int EntityNumber, ReadOnlyMemory<byte> Payload);
