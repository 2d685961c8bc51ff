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
    public void A_body_only_message_encodes_the_same_in_one_block_as_field_by_field()
    {
        FixMessageBuilder Order() => new FixMessageBuilder(FixMsgTypes.NewOrderSingle)
            .Add(FixTags.ClOrdId, "CL-1")
            .Add(FixTags.Symbol, "AAPL")
            .Add(FixTags.Side, '1')
            .Add(FixTags.OrderQty, 1000m)
            .Add(FixTags.Price, 101.50m)
            .Add(5001, "custom tag above the precomputed ones");
        var oneBlock = Order();
        var fieldByField = Order().Add(FixTags.Text, "removed again").Remove(FixTags.Text);
        var envelope = new FixEnvelope("FIX.4.4"u8, "FUND"u8, "BROKER"u8, 42, Now);
        var expected = new byte[512];
        var actual = new byte[512];

        var expectedLength = FixEncoder.Encode(fieldByField, envelope, expected);
        var actualLength = FixEncoder.Encode(oneBlock, envelope, actual);

        Assert.Equal(TestMessages.Text(expected.AsSpan(0, expectedLength)), TestMessages.Text(actual.AsSpan(0, actualLength)));
        Assert.Equal(FixEncoder.GetEncodedLength(oneBlock, envelope), actualLength);
        Assert.Contains("|5001=custom tag above the precomputed ones|", TestMessages.Text(actual.AsSpan(0, actualLength)), StringComparison.Ordinal);
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

    [Fact]
    public void Timestamps_written_one_after_another_are_each_written_exactly()
    {
        // the writer keeps the last whole second per thread: neighbours in the same second, the next second, the next
        // day and a jump back must each come out as formatted by the framework
        var start = new DateTime(2026, 12, 31, 23, 59, 59, 998, DateTimeKind.Utc);
        DateTime[] times =
        [
            start, start.AddMilliseconds(1), start.AddMilliseconds(2), start.AddMilliseconds(3), start, start.AddDays(-400).AddMilliseconds(5),
            start.AddTicks(1), start.AddSeconds(1).AddTicks(-1),
        ];
        var buffer = new byte[32];

        foreach (var time in times)
        {
            var length = FixTimestamp.Write(buffer, time, FixTimestampPrecision.Milliseconds);
            Assert.Equal(time.ToString("yyyyMMdd-HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture), TestMessages.Text(buffer.AsSpan(0, length)));
        }
    }
}
