using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Dictionary;
using OrleansTrading.Fix.Store;

namespace OrleansTrading.Fix.Session;

/// <summary>Everything that configures one session (QuickFIX setting names in brackets; see <see cref="Configuration.FixSettingsFile"/>).</summary>
public sealed record FixSessionSettings
{
    /// <summary>[ConnectionType] initiator or acceptor.</summary>
    public required FixSessionRole Role { get; init; }

    /// <summary>[BeginString], [SenderCompID], [TargetCompID].</summary>
    public required FixSessionId SessionId { get; init; }

    /// <summary>[SocketAcceptHost] address the acceptor listens on (default 127.0.0.1).</summary>
    public string AcceptHost { get; init; } = "127.0.0.1";

    /// <summary>[SocketAcceptPort] (0 = any free port).</summary>
    public int AcceptPort { get; init; }

    /// <summary>[SocketConnectHost].</summary>
    public string? ConnectHost { get; init; }

    /// <summary>[SocketConnectPort].</summary>
    public int ConnectPort { get; init; }

    /// <summary>[HeartBtInt] seconds, sent in the initiator's Logon (an acceptor uses the initiator's value).</summary>
    public int HeartBtInt { get; init; } = 30;

    /// <summary>[ResetOnLogon] start both sequences at 1 at every logon (the initiator sends ResetSeqNumFlag=Y).</summary>
    public bool ResetOnLogon { get; init; }

    /// <summary>[ResetOnLogout].</summary>
    public bool ResetOnLogout { get; init; }

    /// <summary>[ResetOnDisconnect].</summary>
    public bool ResetOnDisconnect { get; init; }

    /// <summary>[StartTime]/[EndTime]/[StartDay]/[EndDay]/[TimeZone]/[NonStopSession].</summary>
    public FixSessionSchedule Schedule { get; init; } = FixSessionSchedule.NonStop;

    /// <summary>[FileStorePath] directory of the durable store; null keeps state in memory only.</summary>
    public string? FileStorePath { get; init; }

    /// <summary>[FileStoreSync] always | batched | none.</summary>
    public FixFsyncPolicy FsyncPolicy { get; init; } = FixFsyncPolicy.EveryMessage;

    /// <summary>[FileStoreSyncIntervalMs] for the batched policy.</summary>
    public TimeSpan FsyncInterval { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>[FileLogPath] directory of the message/event logs; null disables them.</summary>
    public string? FileLogPath { get; init; }

    /// <summary>[LogRedactTags] extra tags whose values the log hides (554 and 925 always are).</summary>
    public IReadOnlyCollection<int> RedactedTags { get; init; } = [];

    /// <summary>[UseDataDictionary] validate inbound messages.</summary>
    public bool UseDataDictionary { get; init; } = true;

    /// <summary>[DataDictionary] the dictionary; the built-in FIX 4.4 one by default.</summary>
    public FixDataDictionary DataDictionary { get; init; } = FixDataDictionary.Fix44;

    /// <summary>[ValidateFieldsOutOfOrder], [ValidateFieldsHaveValues], [ValidateUserDefinedFields], [AllowUnknownMsgFields].</summary>
    public FixValidationOptions Validation { get; init; } = FixValidationOptions.Default;

    /// <summary>[CheckLatency] reject messages whose SendingTime is off by more than <see cref="MaxLatency"/>.</summary>
    public bool CheckLatency { get; init; } = true;

    /// <summary>[MaxLatency] seconds (default 120).</summary>
    public TimeSpan MaxLatency { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>[LogonTimeout] how long to wait for the Logon (or its response).</summary>
    public TimeSpan LogonTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>[LogoutTimeout] how long to wait for the Logout response before disconnecting.</summary>
    public TimeSpan LogoutTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>[ReconnectInterval] first reconnect delay of an initiator; doubles up to <see cref="MaxReconnectInterval"/>, with jitter.</summary>
    public TimeSpan ReconnectInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>[MaxReconnectInterval].</summary>
    public TimeSpan MaxReconnectInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>[SendRedundantResendRequests] send another ResendRequest for each further gap while one is outstanding.</summary>
    public bool SendRedundantResendRequests { get; init; }

    /// <summary>[TimeStampPrecision] of SendingTime we write.</summary>
    public FixTimestampPrecision TimestampPrecision { get; init; } = FixTimestampPrecision.Milliseconds;

    /// <summary>[MaxMessageSize] largest inbound message accepted, in bytes.</summary>
    public int MaxMessageSize { get; init; } = FixFramer.DefaultMaxMessageSize;
}
