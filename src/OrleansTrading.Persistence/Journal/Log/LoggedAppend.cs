namespace OrleansTrading.Persistence.Journal.Log;

/// <summary>
/// One accepted <see cref="IEventJournal.AppendAsync"/> as the journal log holds it: its position in the log
/// (<see cref="Position"/>, gapless across all streams) and what it stores. The log is the durable record from the
/// moment the append is acknowledged; the SQLite tables receive it later, in bulk.
/// </summary>
internal sealed record LoggedAppend(long Position, string Stream, IReadOnlyList<JournalEvent> Events, IReadOnlyList<JournalEntity> Entities);
