using OrleansTrading.Fix.Codec;

namespace OrleansTrading.Execution.Tests.Support;

/// <summary>Encodes a built message as a session would send it and parses it back, as the receiving session sees it.</summary>
internal static class FixWire
{
    public static FixMessage Parse(FixMessageBuilder builder, bool isResend = false)
    {
        var buffer = new byte[4096];
        var envelope = new FixEnvelope("FIX.4.4"u8, "VENUE"u8, "FUND"u8, 7, new DateTime(2026, 11, 25, 14, 30, 0, DateTimeKind.Utc), FixTimestampPrecision.Milliseconds, isResend);
        var length = FixEncoder.Encode(builder, envelope, buffer);
        var message = new FixMessage();
        Assert.Equal(FixParseStatus.Ok, FixParser.Parse(buffer.AsSpan(0, length), message));
        return message;
    }
}
