namespace OrleansTrading.Host;

public enum ClusterMode
{
    /// <summary>One local silo, localhost clustering, SQLite grain storage and reminders in the data folder.</summary>
    Embedded,

    /// <summary>Azure Table clustering, Azure Table grain storage and reminders (Azurite locally, Azure Storage in production).</summary>
    Azure,
}
