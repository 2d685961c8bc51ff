using System.Buffers;
using OrleansTrading.Fix.Codec;

namespace OrleansTrading.Fix.Tests.Codec;

public sealed class FixEncoderTests
{
    private static readonly DateTime Now = new(2026, 1, 14, 14, 30, 1, 7, DateTimeKind.Utc);

    [Fact]
    public void Writes_the_header_in_tag_order_with_computed_body_length_and_checksum()
    {
        var builder = new FixMessageBuilder(FixMsgTypes.NewOrderSingle)
            .Add(FixTags.ClOrdId, "ID")
            .Add(FixTags.PossDupFlag, true)
            .Add(FixTags.Side, '1')
            .Add(FixTags.OrderQty, 100.50m)
            .Add(FixTags.OrigSendingTime, "20260114-14:30:00.000");
        var buffer = new byte[512];

        var length = FixEncoder.Encode(builder, new FixEnvelope("FIX.4.4"u8, "ISLD"u8, "TW"u8, 7, Now, isResend: true), buffer);
        var text = TestMessages.Text(buffer.AsSpan(0, length));

        Assert.StartsWith("8=FIX.4.4|9=", text, StringComparison.Ordinal);
        Assert.Contains("|35=D|34=7|43=Y|49=ISLD|52=20260114-14:30:01.007|56=TW|122=20260114-14:30:00.000|11=ID|54=1|38=100.50|10=", text, StringComparison.Ordinal);
        Assert.Equal(FixParseStatus.Ok, FixParser.Parse(buffer.AsSpan(0, length), new FixMessage()));
    }

    [Fact]
    public void Encoded_length_is_exact_and_buffer_writer_output_matches_span_output()
    {
        var builder = new FixMessageBuilder(FixMsgTypes.Heartbeat).Add(FixTags.TestReqId, "HELLO");
        var envelope = new FixEnvelope("FIX.4.4"u8, "A"u8, "B"u8, 12345, Now);
        var span = new byte[256];
        var writer = new ArrayBufferWriter<byte>();

        var written = FixEncoder.Encode(builder, envelope, span);
        FixEncoder.Encode(builder, envelope, writer);

        Assert.Equal(FixEncoder.GetEncodedLength(builder, envelope), written);
        Assert.Equal(span.AsSpan(0, written).ToArray(), writer.WrittenSpan.ToArray());
    }

    [Fact]
    public void Building_and_encoding_reuses_buffers_without_allocating()
    {
        var builder = new FixMessageBuilder(FixMsgTypes.NewOrderSingle);
        var buffer = new byte[512];
        void Build()
        {
            builder.Reset(FixMsgTypes.NewOrderSingle).Add(FixTags.ClOrdId, "CL-1"u8).Add(FixTags.OrderQty, 100m).AddTimestamp(FixTags.TransactTime, Now);
            FixEncoder.Encode(builder, new FixEnvelope("FIX.4.4"u8, "A"u8, "B"u8, 1, Now), buffer);
        }

        Build();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Build();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData(FixTimestampPrecision.Seconds, "20260114-14:30:01")]
    [InlineData(FixTimestampPrecision.Milliseconds, "20260114-14:30:01.007")]
    [InlineData(FixTimestampPrecision.Microseconds, "20260114-14:30:01.007000")]
    public void Timestamps_round_trip_at_each_precision(FixTimestampPrecision precision, string expected)
    {
        var buffer = new byte[32];
        var length = FixTimestamp.Write(buffer, Now, precision);

        Assert.Equal(expected, TestMessages.Text(buffer.AsSpan(0, length)));
        Assert.True(FixTimestamp.TryParse(buffer.AsSpan(0, length), out var parsed));
        Assert.Equal(precision == FixTimestampPrecision.Seconds ? Now.AddMilliseconds(-7) : Now, parsed);
    }
}
