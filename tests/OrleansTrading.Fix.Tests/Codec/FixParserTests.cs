using System.Text;
using OrleansTrading.Fix.Codec;

namespace OrleansTrading.Fix.Tests.Codec;

public sealed class FixParserTests
{
    [Fact]
    public void Parses_an_execution_report_and_reads_typed_fields_in_place()
    {
        var message = TestMessages.Parse(TestMessages.ExecutionReport);

        Assert.Equal("8", message.MsgType);
        Assert.Equal(1042, message.MsgSeqNum);
        Assert.Equal("CL-000123", message.GetString(FixTags.ClOrdId));
        Assert.Equal(100m, message.GetDecimal(FixTags.LastQty));
        Assert.Equal(101.25m, message.GetDecimal(FixTags.LastPx));
        Assert.Equal('1', message.GetChar(FixTags.OrdStatus));
        Assert.Equal(new DateTime(2026, 1, 14, 14, 30, 1, 123, DateTimeKind.Utc), message.GetTimestamp(FixTags.SendingTime));
        Assert.False(message.Contains(FixTags.PossDupFlag));
    }

    [Fact]
    public void Rejects_a_wrong_checksum_as_garbled()
    {
        var wire = TestMessages.Wire("8=FIX.4.4|35=0|34=2|49=A|52=20260114-14:30:01|56=B");
        wire[^2] = wire[^2] == (byte)'9' ? (byte)'0' : (byte)(wire[^2] + 1);

        Assert.Equal(FixParseStatus.ChecksumMismatch, FixParser.Parse(wire, new FixMessage()));
    }

    [Fact]
    public void Rejects_a_checksum_that_is_not_three_digits()
    {
        var text = "8=FIX.4.4\u00019=5\u000135=0\u000110=0\u0001";

        Assert.Equal(FixParseStatus.ChecksumMismatch, FixParser.Parse(Encoding.ASCII.GetBytes(text), new FixMessage()));
    }

    [Fact]
    public void Rejects_a_body_length_that_does_not_match()
    {
        var wire = Encoding.ASCII.GetString(TestMessages.Wire("8=FIX.4.4|35=0|34=2|49=A|52=20260114-14:30:01|56=B"));
        var bad = Encoding.ASCII.GetBytes(wire.WithBodyLength(45));

        Assert.Equal(FixParseStatus.BodyLengthMismatch, FixParser.Parse(bad, new FixMessage()));
    }

    [Fact]
    public void Treats_a_non_numeric_tag_as_garbled_but_accepts_zero_and_negative_tags()
    {
        Assert.Equal(FixParseStatus.InvalidTagSyntax, FixParser.Parse(TestMessages.Wire("8=FIX.4.4|35=0|4x9=A"), new FixMessage()));

        var message = new FixMessage();
        Assert.Equal(FixParseStatus.Ok, FixParser.Parse(TestMessages.Wire("8=FIX.4.4|35=0|-1=HI|0=HI"), message));
        Assert.Equal(-1, message[3].Tag);
        Assert.Equal(0, message[4].Tag);
    }

    [Fact]
    public void Requires_begin_string_body_length_and_msg_type_first()
    {
        Assert.Equal(FixParseStatus.HeaderOutOfOrder, FixParser.Parse(TestMessages.Wire("8=FIX.4.4|34=2|35=0"), new FixMessage()));
    }

    [Fact]
    public void Reads_a_data_field_containing_soh_using_its_length_field()
    {
        var xml = "<a>8=FIX.4.3\u00019=1</a>";
        var message = TestMessages.Parse($"8=FIX.4.4|35=n|34=2|212={xml.Length}|213={xml}|");

        Assert.Equal(xml, message.GetString(FixTags.XmlData));
    }

    [Fact]
    public void Parsing_reuses_the_message_without_allocating()
    {
        var wire = TestMessages.Wire(TestMessages.ExecutionReport);
        var message = new FixMessage();
        FixParser.Parse(wire, message);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            FixParser.Parse(wire, message);
            message.TryGetDecimal(FixTags.LastPx, out _);
            message.TryGetTimestamp(FixTags.TransactTime, out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
