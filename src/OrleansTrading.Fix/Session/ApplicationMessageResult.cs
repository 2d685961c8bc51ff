namespace OrleansTrading.Fix.Session;

/// <summary>What the application did with an inbound application message; anything but accepted makes the session send a BusinessMessageReject (35=j).</summary>
public readonly record struct ApplicationMessageResult(BusinessRejectReason? RejectReason, string? Text, int RefTagId)
{
    public static ApplicationMessageResult Accepted => default;

    /// <summary>The application does not handle this MsgType: BusinessRejectReason 3.</summary>
    public static ApplicationMessageResult UnsupportedMessageType => new(BusinessRejectReason.UnsupportedMessageType, "Unsupported Message Type", 0);

    public static ApplicationMessageResult Reject(BusinessRejectReason reason, string text, int refTagId = 0) => new(reason, text, refTagId);
}
