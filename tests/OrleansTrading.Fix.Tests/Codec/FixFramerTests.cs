using System.Text;
using OrleansTrading.Fix.Codec;

namespace OrleansTrading.Fix.Tests.Codec;

public sealed class FixFramerTests
{
    private static readonly byte[] Heartbeat = TestMessages.Wire("8=FIX.4.4|35=0|34=2|49=A|52=20260114-14:30:01|56=B");

    [Fact]
    public void Finds_one_complete_message_and_waits_for_a_partial_one()
    {
        byte[] buffer = [.. Heartbeat, .. Heartbeat.AsSpan(0, 20)];

        Assert.Equal(FixFrameResult.Frame, FixFramer.Find(buffer, out var length));
        Assert.Equal(Heartbeat.Length, length);
        Assert.Equal(FixFrameResult.NeedMoreData, FixFramer.Find(buffer.AsSpan(length), out _));
    }

    [Fact]
    public void Skips_leading_garbage_up_to_the_next_message_start()
    {
        byte[] buffer = [.. "35=0\u0001garbage"u8, 1, .. Heartbeat];

        Assert.Equal(FixFrameResult.Garbage, FixFramer.Find(buffer, out var skip));
        Assert.Equal(FixFrameResult.Frame, FixFramer.Find(buffer.AsSpan(skip), out var length));
        Assert.Equal(Heartbeat.Length, length);
    }

    [Fact]
    public void A_too_short_body_length_still_frames_up_to_the_checksum_and_fails_parsing()
    {
        var text = Encoding.ASCII.GetString(Heartbeat).WithBodyLength(30);
        var bytes = Encoding.ASCII.GetBytes(text);

        Assert.Equal(FixFrameResult.Frame, FixFramer.Find(bytes, out var length));
        Assert.Equal(bytes.Length, length);
        Assert.Equal(FixParseStatus.BodyLengthMismatch, FixParser.Parse(bytes, new FixMessage()));
    }

    [Fact]
    public void A_too_long_body_length_swallows_the_next_message_into_one_garbled_frame()
    {
        var text = Encoding.ASCII.GetString(Heartbeat).WithBodyLength(60);
        byte[] buffer = [.. Encoding.ASCII.GetBytes(text), .. Heartbeat];

        Assert.Equal(FixFrameResult.Frame, FixFramer.Find(buffer, out var length));
        Assert.Equal(buffer.Length, length);
        Assert.NotEqual(FixParseStatus.Ok, FixParser.Parse(buffer, new FixMessage()));
    }

    [Fact]
    public void A_huge_declared_length_is_garbage_not_a_reason_to_buffer_forever()
    {
        var bytes = "8=FIX.4.4\u00019=99999999\u000135=0\u0001"u8.ToArray();

        Assert.Equal(FixFrameResult.Garbage, FixFramer.Find(bytes, out var skip, maxMessageSize: 4096));
        Assert.True(skip > 0);
    }
}
