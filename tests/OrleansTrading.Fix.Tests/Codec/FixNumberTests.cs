using FsCheck.Xunit;
using OrleansTrading.Fix.Codec;

namespace OrleansTrading.Fix.Tests.Codec;

/// <summary>Numbers on the wire: what the builder writes, the parser reads back exactly, scale and sign included.</summary>
public sealed class FixNumberTests
{
    [Theory]
    [InlineData("101.50", "101.50")]
    [InlineData("1000", "1000")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Decimals_are_written_with_their_own_scale_and_never_with_an_exponent(string value, string expected)
    {
        var buffer = new byte[32];

        var length = FixNumberFormatter.Write(buffer, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, TestMessages.Text(buffer.AsSpan(0, length)));
    }

    [Fact]
    public void Negative_zero_is_written_without_a_sign() =>
        Assert.Equal("0.00", Written(new decimal(0, 0, 0, isNegative: true, scale: 2)));

    [Property(MaxTest = 500)]
    public void A_decimal_written_by_the_builder_is_read_back_with_the_same_value_and_scale(decimal value)
    {
        var builder = new FixMessageBuilder(FixMsgTypes.NewOrderSingle).Add(FixTags.Price, value);
        var envelope = new FixEnvelope("FIX.4.4"u8, "A"u8, "B"u8, 1, new DateTime(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc));
        var wire = new byte[256];
        var message = new FixMessage();

        Assert.Equal(FixParseStatus.Ok, FixParser.Parse(wire.AsSpan(0, FixEncoder.Encode(builder, envelope, wire)), message));
        var read = message.GetDecimal(FixTags.Price);

        Assert.Equal(value, read);
        Assert.Equal(value.Scale, read.Scale);
    }

    [Property(MaxTest = 500)]
    public void Integers_round_trip_through_the_wire_text(long value) =>
        Assert.Equal(value, long.Parse(Written(value), System.Globalization.CultureInfo.InvariantCulture));

    private static string Written(decimal value)
    {
        var buffer = new byte[32];
        return TestMessages.Text(buffer.AsSpan(0, FixNumberFormatter.Write(buffer, value)));
    }

    private static string Written(long value)
    {
        var buffer = new byte[32];
        return TestMessages.Text(buffer.AsSpan(0, FixNumberFormatter.Write(buffer, value)));
    }
}
