using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Dictionary;
using OrleansTrading.Fix.Tests.Session;

namespace OrleansTrading.Fix.Tests.Robustness;

/// <summary>Random and mutated input must never throw out of the codec or the session, nor make the session process a damaged message.</summary>
public sealed class FuzzTests
{
    private static readonly byte[] _order = TestMessages.Wire("8=FIX.4.4|35=D|34=2|49=TW|52=20260114-14:30:00.000|56=ISLD|11=ID|21=1|38=100|40=2|44=10.5|54=1|55=INTC|60=20260114-14:30:00|453=1|448=P|447=D|452=1");

    public static Arbitrary<byte[]> Mutations() => Gen.OneOf(
            Gen.Choose(0, _order.Length - 1).SelectMany(at => Gen.Choose(0, 7), (at, bit) => Flip(at, bit)),
            Gen.Choose(0, _order.Length - 1).Select(length => _order[..length]),
            Gen.Choose(0, _order.Length - 1).Select(at => Remove(at)),
            Gen.Elements("99999999", "-5", "0", "12x", "").Select(length => WithBodyLength(length)),
            Gen.Elements("000", "256", "1", "abc").Select(checksum => WithChecksum(checksum)),
            Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)))
        .ToArbitrary();

    [Property(MaxTest = 1000)]
    public void Framer_and_parser_never_throw_and_always_make_progress(byte[] bytes)
    {
        var message = new FixMessage(64, 8);
        var remaining = bytes.AsSpan();
        while (!remaining.IsEmpty)
        {
            var result = FixFramer.Find(remaining, out var length, maxMessageSize: 4096);
            if (result == FixFrameResult.NeedMoreData)
            {
                break;
            }

            Assert.InRange(length, 1, remaining.Length);
            if (result == FixFrameResult.Frame)
            {
                FixParser.Parse(remaining[..length], message);
            }

            remaining = remaining[length..];
        }
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(FuzzTests)])]
    public void Mutated_orders_are_ignored_rejected_or_accepted_whole_never_thrown(byte[] mutated)
    {
        var message = new FixMessage();
        var status = FixParser.Parse(mutated, message);
        if (status == FixParseStatus.Ok)
        {
            // whatever survived parsing, validation must give an answer
            _ = new FixMessageValidator(FixDataDictionary.Fix44).Validate(message);
        }

        using var harness = new SessionHarness();
        harness.LogOn();
        harness.Session.OnFrame(harness, mutated);

        if (status != FixParseStatus.Ok)
        {
            Assert.Empty(harness.Sent);
            Assert.Empty(harness.Received);
            Assert.Equal(2, harness.Session.NextTargetSeqNum);
        }
        else
        {
            Assert.True(harness.Received.Count + harness.Sent.Count <= 2);
            Assert.All(harness.Sent, sent => Assert.Matches("35=[3j25]\\|", sent));
        }
    }

    [Property(MaxTest = 300)]
    public void A_stream_of_random_bytes_never_breaks_a_logged_on_session(byte[][] chunks)
    {
        using var harness = new SessionHarness();
        harness.LogOn();
        foreach (var chunk in chunks)
        {
            var remaining = chunk.AsSpan();
            while (!remaining.IsEmpty && FixFramer.Find(remaining, out var length) != FixFrameResult.NeedMoreData)
            {
                if (FixFramer.Find(remaining, out _) == FixFrameResult.Frame)
                {
                    harness.Session.OnFrame(harness, remaining[..length]);
                }

                remaining = remaining[length..];
            }
        }

        harness.Deliver("8=FIX.4.4|35=1|34=2|49=TW|52=<TIME>|56=ISLD|112=ALIVE");
        Assert.Contains(harness.Sent, s => s.Contains("112=ALIVE", StringComparison.Ordinal));
    }

    private static byte[] Flip(int at, int bit)
    {
        var copy = (byte[])_order.Clone();
        copy[at] ^= (byte)(1 << bit);
        return copy;
    }

    private static byte[] Remove(int at) => [.. _order[..at], .. _order[(at + 1)..]];

    private static byte[] WithBodyLength(string length) =>
        Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(_order).WithBodyLength(0).Replace("\u00019=0\u0001", $"\u00019={length}\u0001", StringComparison.Ordinal));

    private static byte[] WithChecksum(string checksum) => [.. _order[..^4], .. Encoding.ASCII.GetBytes(checksum), 1];
}
