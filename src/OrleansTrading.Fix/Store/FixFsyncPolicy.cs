namespace OrleansTrading.Fix.Store;

/// <summary>When the file store forces its writes to the disk (fsync).</summary>
public enum FixFsyncPolicy
{
    /// <summary>fsync after every record: survives a power cut; costs one disk flush per message.</summary>
    EveryMessage,

    /// <summary>fsync at most once per batch interval (and on close): a power cut can lose the last interval; a process kill loses nothing.</summary>
    Batched,

    /// <summary>Never fsync (the OS writes back when it likes): a process kill loses nothing, a power cut can lose recent records.</summary>
    None,
}
