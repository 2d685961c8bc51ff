using OrleansTrading.Fix.Logging;
using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Store;

namespace OrleansTrading.Fix.Transport;

/// <summary>Engine-wide services for acceptors and initiators.</summary>
public sealed record FixEngineOptions
{
    public static FixEngineOptions Default { get; } = new();

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Creates each session's store; by default a <see cref="FileMessageStore"/> under FileStorePath, or memory when it is not set.</summary>
    public Func<FixSessionSettings, TimeProvider, IFixMessageStore>? StoreFactory { get; init; }

    /// <summary>Creates each session's message log; by default a <see cref="FileMessageLog"/> under FileLogPath, or none.</summary>
    public Func<FixSessionSettings, TimeProvider, IFixMessageLog>? LogFactory { get; init; }

    /// <summary>How often sessions check heartbeats and timeouts.</summary>
    public TimeSpan TimerInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    internal FixSession CreateSession(FixSessionSettings settings, IFixApplication application)
    {
        var time = TimeProvider;
        var store = StoreFactory?.Invoke(settings, time) ?? (settings.FileStorePath is { } storePath
            ? new FileMessageStore(Path.Combine(storePath, settings.SessionId.FileName + ".fixlog"), settings.FsyncPolicy, settings.FsyncInterval, time)
            : new MemoryMessageStore(time.GetUtcNow()));
        var log = LogFactory?.Invoke(settings, time) ?? (settings.FileLogPath is { } logPath
            ? new FileMessageLog(logPath, settings.SessionId.FileName, new FixRedactor(settings.RedactedTags), time)
            : NullMessageLog.Instance);
        return new FixSession(settings, store, application, time, log);
    }
}
