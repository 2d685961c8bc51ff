namespace OrleansTrading.Persistence.Journal;

/// <summary>How the embedded journal's log (<see cref="LoggedEventJournal"/>) batches its work.</summary>
public sealed class JournalLogOptions
{
    /// <summary>
    /// Longest an acknowledged append waits before it is applied to the SQLite tables. Longer intervals share more of
    /// each B-tree page between appends (fewer bytes written per order) and keep more appends in memory meanwhile.
    /// </summary>
    public TimeSpan ApplyInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>A backlog of this many unapplied appends starts an apply before the interval is up.</summary>
    public int ApplyAfterAppends { get; set; } = 4_096;

    /// <summary>Most appends stored in one apply (one SQLite write, so grain-state writes queued behind it wait at most one).</summary>
    public int MaxAppendsPerApply { get; set; } = 8_192;

    /// <summary>Most concurrent appends joined into one log write (one fsync in power-loss-safe mode).</summary>
    public int MaxAppendsPerWrite { get; set; } = 1_024;

    /// <summary>Size at which the log starts a new segment file; applied segments are deleted whole.</summary>
    public long SegmentBytes { get; set; } = 64L * 1024 * 1024;

    internal void Validate()
    {
        if (ApplyInterval <= TimeSpan.Zero || ApplyInterval > TimeSpan.FromMinutes(1))
        {
            throw new ArgumentException($"Journal log: ApplyInterval must be above zero and at most one minute, was {ApplyInterval}.");
        }

        if (ApplyAfterAppends < 1 || MaxAppendsPerApply < 1 || MaxAppendsPerWrite < 1)
        {
            throw new ArgumentException("Journal log: ApplyAfterAppends, MaxAppendsPerApply and MaxAppendsPerWrite must be at least 1.");
        }

        if (SegmentBytes is < 4096 or > 1024L * 1024 * 1024)
        {
            throw new ArgumentException($"Journal log: SegmentBytes must be between 4096 and 1 GiB (a segment is read whole at start-up), was {SegmentBytes}.");
        }
    }
}
