using System.Text;
using OrleansTrading.Fix.Codec;

namespace OrleansTrading.Fix.Tests;

/// <summary>Builds wire messages from readable '|'-separated text, filling in BodyLength and CheckSum.</summary>
internal static class TestMessages
{
    /// <summary>'|' becomes SOH; BodyLength (9) is inserted after BeginString and CheckSum (10) appended.</summary>
    public static byte[] Wire(string pipeDelimited)
    {
        var text = pipeDelimited.Replace('|', '\u0001');
        if (!text.EndsWith('\u0001'))
        {
            text += '\u0001';
        }

        var firstSoh = text.IndexOf('\u0001', StringComparison.Ordinal);
        var begin = text[..(firstSoh + 1)];
        var body = text[(firstSoh + 1)..];
        var head = begin + "9=" + Encoding.UTF8.GetByteCount(body) + "\u0001" + body;
        var bytes = Encoding.UTF8.GetBytes(head);
        var checksum = FixChecksum.Compute(bytes);
        return [.. bytes, .. Encoding.ASCII.GetBytes($"10={checksum:D3}\u0001")];
    }

    /// <summary>Replaces the BodyLength value of a wire message held as text.</summary>
    public static string WithBodyLength(this string wire, int bodyLength) =>
        System.Text.RegularExpressions.Regex.Replace(wire, "\u00019=\\d+\u0001", $"\u00019={bodyLength}\u0001");

    public static string Text(ReadOnlySpan<byte> wire) => Encoding.UTF8.GetString(wire).Replace('\u0001', '|');

    public static FixMessage Parse(string pipeDelimited)
    {
        var message = new FixMessage();
        var status = FixParser.Parse(Wire(pipeDelimited), message);
        Assert.Equal(FixParseStatus.Ok, status);
        return message;
    }

    public const string ExecutionReport =
        "8=FIX.4.4|35=8|34=1042|49=BROKER|52=20260114-14:30:01.123|56=FUND|1=ACC-7|6=101.2500|11=CL-000123|14=300|15=USD|17=EX-98231|" +
        "22=4|31=101.25|32=100|37=OR-5531|38=1000|39=1|40=2|44=101.50|48=US0378331005|54=1|55=AAPL|58=partial|59=0|60=20260114-14:30:01.120|" +
        "150=F|151=700|207=XNAS|30=XNAS";
}
