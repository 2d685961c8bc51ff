namespace OrleansTrading.Fix.Codec;

/// <summary>FIX 4.4 MsgType (35) values used by the engine and its users.</summary>
public static class FixMsgTypes
{
    public const string Heartbeat = "0";
    public const string TestRequest = "1";
    public const string ResendRequest = "2";
    public const string Reject = "3";
    public const string SequenceReset = "4";
    public const string Logout = "5";
    public const string ExecutionReport = "8";
    public const string OrderCancelReject = "9";
    public const string Logon = "A";
    public const string News = "B";
    public const string NewOrderSingle = "D";
    public const string OrderCancelRequest = "F";
    public const string OrderCancelReplaceRequest = "G";
    public const string OrderStatusRequest = "H";
    public const string QuoteRequest = "R";
    public const string MarketDataRequest = "V";
    public const string MarketDataSnapshotFullRefresh = "W";
    public const string MarketDataIncrementalRefresh = "X";
    public const string MarketDataRequestReject = "Y";
    public const string SecurityDefinition = "d";
    public const string BusinessMessageReject = "j";
    public const string XmlNonFix = "n";
    public const string OrderMassStatusRequest = "AF";
    public const string TradeCaptureReportRequest = "AD";
    public const string PositionReport = "AP";

    /// <summary>True for the seven session-level (administrative) message types.</summary>
    public static bool IsAdmin(ReadOnlySpan<byte> msgType) =>
        msgType.Length == 1 && msgType[0] is (byte)'0' or (byte)'1' or (byte)'2' or (byte)'3' or (byte)'4' or (byte)'5' or (byte)'A';

    /// <summary>True for the seven session-level (administrative) message types.</summary>
    public static bool IsAdmin(string msgType) =>
        msgType is Heartbeat or TestRequest or ResendRequest or Reject or SequenceReset or Logout or Logon;

    /// <summary>Packs a MsgType of up to eight ASCII bytes into a key for allocation-free lookups.</summary>
    public static ulong Pack(ReadOnlySpan<byte> msgType)
    {
        if (msgType.Length is 0 or > 8)
        {
            return 0;
        }

        ulong key = 0;
        for (var i = 0; i < msgType.Length; i++)
        {
            key = (key << 8) | msgType[i];
        }

        return key;
    }

    /// <summary>Packs a MsgType string of up to eight ASCII characters (see <see cref="Pack(ReadOnlySpan{byte})"/>).</summary>
    public static ulong Pack(string msgType)
    {
        Span<byte> bytes = stackalloc byte[8];
        if (msgType.Length is 0 or > 8)
        {
            return 0;
        }

        for (var i = 0; i < msgType.Length; i++)
        {
            bytes[i] = (byte)msgType[i];
        }

        return Pack(bytes[..msgType.Length]);
    }
}
