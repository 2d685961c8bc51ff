namespace OrleansTrading.Fix.Codec;

/// <summary>The session-owned header fields stamped onto every outbound message.</summary>
public readonly ref struct FixEnvelope
{
    public FixEnvelope(ReadOnlySpan<byte> beginString, ReadOnlySpan<byte> senderCompId, ReadOnlySpan<byte> targetCompId, int msgSeqNum, DateTime sendingTime, FixTimestampPrecision precision = FixTimestampPrecision.Milliseconds, bool isResend = false)
    {
        BeginString = beginString;
        SenderCompId = senderCompId;
        TargetCompId = targetCompId;
        MsgSeqNum = msgSeqNum;
        SendingTime = sendingTime;
        Precision = precision;
        IsResend = isResend;
    }

    public ReadOnlySpan<byte> BeginString { get; }

    public ReadOnlySpan<byte> SenderCompId { get; }

    public ReadOnlySpan<byte> TargetCompId { get; }

    public int MsgSeqNum { get; }

    public DateTime SendingTime { get; }

    public FixTimestampPrecision Precision { get; }

    /// <summary>A resend keeps the builder's PossDupFlag (43) and OrigSendingTime (122); a new message never carries them.</summary>
    public bool IsResend { get; }
}
