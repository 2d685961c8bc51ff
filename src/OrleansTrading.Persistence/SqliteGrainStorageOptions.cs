namespace OrleansTrading.Persistence;

/// <summary>How the embedded SQLite grain store trades durability for throughput.</summary>
public enum SqliteDurability
{
    /// <summary>fsync on every commit (<c>synchronous=FULL</c>): a committed state survives a power cut.</summary>
    PowerLossSafe,

    /// <summary>No fsync (<c>synchronous=NORMAL</c> in WAL mode): survives a process kill, not a power cut.</summary>
    ProcessCrashSafe,
}

/// <summary>Where the embedded order journal makes an append durable.</summary>
public enum EmbeddedJournal
{
    /// <summary>In the journal log, applied to the SQLite tables in bulk afterwards (<see cref="Journal.LoggedEventJournal"/>; ADR 0007).</summary>
    Log,

    /// <summary>In the SQLite tables, each append group-committed with grain state (<see cref="Journal.SqliteEventJournal"/>).</summary>
    Tables,
}

public sealed class SqliteGrainStorageOptions
{
    /// <summary>Path of the database file; its folder is created when missing.</summary>
    public string DatabasePath { get; set; } = Path.Combine(".data", "grains.db");

    public SqliteDurability Durability { get; set; } = SqliteDurability.PowerLossSafe;

    public EmbeddedJournal Journal { get; set; } = EmbeddedJournal.Log;

    /// <summary>The journal log's batching (used when <see cref="Journal"/> is <see cref="EmbeddedJournal.Log"/>).</summary>
    public Journal.JournalLogOptions JournalLog { get; set; } = new();

    /// <summary>
    /// Most writes joined into one transaction (one fsync). Writers waiting while a commit runs form the next
    /// batch, so under load a batch grows toward this size and each caller waits about one commit.
    /// </summary>
    public int MaxBatchSize { get; set; } = 512;

    internal void Validate(string storageName)
    {
        if (string.IsNullOrWhiteSpace(DatabasePath))
        {
            throw new ArgumentException($"Grain storage '{storageName}': DatabasePath is required.");
        }

        if (MaxBatchSize is < 1 or > 100_000)
        {
            throw new ArgumentException($"Grain storage '{storageName}': MaxBatchSize must be between 1 and 100000, was {MaxBatchSize}.");
        }
    }
}
