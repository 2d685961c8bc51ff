namespace OrleansTrading.Persistence;

/// <summary>How the embedded SQLite grain store trades durability for throughput.</summary>
public enum SqliteDurability
{
    /// <summary>fsync on every commit (<c>synchronous=FULL</c>): a committed state survives a power cut.</summary>
    PowerLossSafe,

    /// <summary>No fsync (<c>synchronous=NORMAL</c> in WAL mode): survives a process kill, not a power cut.</summary>
    ProcessCrashSafe,
}

public sealed class SqliteGrainStorageOptions
{
    /// <summary>Path of the database file; its folder is created when missing.</summary>
    public string DatabasePath { get; set; } = Path.Combine(".data", "grains.db");

    public SqliteDurability Durability { get; set; } = SqliteDurability.PowerLossSafe;

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
