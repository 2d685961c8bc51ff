namespace OrleansTrading.Fix.Codec;

/// <summary>Outcome of tokenising one framed message. Anything but <see cref="Ok"/> means the message is garbled and must be ignored.</summary>
public enum FixParseStatus
{
    Ok = 0,

    /// <summary>The frame ends in the middle of a field.</summary>
    Truncated,

    /// <summary>A tag is empty, too long or not a number.</summary>
    InvalidTagSyntax,

    /// <summary>The first three fields are not BeginString (8), BodyLength (9), MsgType (35).</summary>
    HeaderOutOfOrder,

    /// <summary>BodyLength (9) is not a number or does not match the bytes between it and CheckSum.</summary>
    BodyLengthMismatch,

    /// <summary>CheckSum (10) is missing, not the last field, not three digits or wrong.</summary>
    ChecksumMismatch,

    /// <summary>A data field is shorter than its length field says, or is not followed by SOH.</summary>
    DataLengthMismatch,

    /// <summary>MsgType (35) is empty.</summary>
    MissingMsgType,
}
