namespace OrleansTrading.Persistence;

/// <summary>
/// One unit of work for the <see cref="GroupCommitWriter"/>: applied inside a shared transaction, then told
/// whether that transaction became durable.
/// </summary>
internal interface ISqliteWrite
{
    /// <summary>
    /// Runs the write's statements. Returns false (after recording why) when the write is refused on its own
    /// merits — e.g. a version conflict — so it is not completed as a success; other writes in the batch go on.
    /// </summary>
    bool Apply(SqliteWriteContext context);

    /// <summary>The transaction holding this write committed durably.</summary>
    void Committed();

    /// <summary>The write was refused (<see cref="Apply"/> returned false) or its transaction failed.</summary>
    void Failed(Exception exception);
}
