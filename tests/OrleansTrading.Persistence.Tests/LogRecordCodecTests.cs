using System.Buffers;
using System.Text;
using OrleansTrading.Persistence.Journal;
using OrleansTrading.Persistence.Journal.Log;

namespace OrleansTrading.Persistence.Tests;

public sealed class LogRecordCodecTests
{
    private static readonly LoggedAppend Sample = new(
        42,
        "acct-ü",
        [new JournalEvent("acct-ü", 7, "order/1", 3, Encoding.UTF8.GetBytes("event")), new JournalEvent("acct-ü", 8, "order/2", 1, Array.Empty<byte>())],
        [new JournalEntity("acct-ü", "order/1", 1_700_000_000_000_000_000, "AAPL.XNAS", "MOMENTUM-1", "Filled", false, 3, Encoding.UTF8.GetBytes("row"))]);

    [Fact]
    public void An_append_reads_back_field_for_field()
    {
        var buffer = new ArrayBufferWriter<byte>();
        LogRecordCodec.Write(Sample, buffer);

        Assert.True(LogRecordCodec.TryRead(buffer.WrittenSpan, out var read, out var length));

        Assert.Equal(buffer.WrittenCount, length);
        Assert.Equal((Sample.Position, Sample.Stream), (read!.Position, read.Stream));
        Assert.Equal(
            Sample.Events.Select(e => (e.Stream, e.Sequence, e.Entity, e.EntityNumber, Convert.ToHexString(e.Payload.Span))),
            read.Events.Select(e => (e.Stream, e.Sequence, e.Entity, e.EntityNumber, Convert.ToHexString(e.Payload.Span))));
        var (expected, actual) = (Sample.Entities[0], read.Entities[0]);
        Assert.Equal(
            (expected.Stream, expected.Entity, expected.CreatedNanos, expected.Tag1, expected.Tag2, expected.Status, expected.IsOpen, expected.LastEntityNumber, "row"),
            (actual.Stream, actual.Entity, actual.CreatedNanos, actual.Tag1, actual.Tag2, actual.Status, actual.IsOpen, actual.LastEntityNumber, Encoding.UTF8.GetString(actual.Payload.Span)));
    }

    [Fact]
    public void Records_follow_each_other_and_each_is_read_in_turn()
    {
        var buffer = new ArrayBufferWriter<byte>();
        LogRecordCodec.Write(Sample, buffer);
        LogRecordCodec.Write(Sample with { Position = 43 }, buffer);

        Assert.True(LogRecordCodec.TryRead(buffer.WrittenSpan, out var first, out var length));
        Assert.True(LogRecordCodec.TryRead(buffer.WrittenSpan[length..], out var second, out _));
        Assert.Equal((42L, 43L), (first!.Position, second!.Position));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(30)]
    public void A_record_cut_short_is_not_read(int missing)
    {
        var buffer = new ArrayBufferWriter<byte>();
        LogRecordCodec.Write(Sample, buffer);

        Assert.False(LogRecordCodec.TryRead(buffer.WrittenSpan[..^missing], out var read, out var length));
        Assert.Null(read);
        Assert.Equal(0, length);
    }

    [Fact]
    public void A_record_with_a_flipped_bit_fails_its_checksum()
    {
        var buffer = new ArrayBufferWriter<byte>();
        LogRecordCodec.Write(Sample, buffer);
        var bytes = buffer.WrittenSpan.ToArray();
        bytes[^3] ^= 0x04;

        Assert.False(LogRecordCodec.TryRead(bytes, out _, out _));
    }
}
