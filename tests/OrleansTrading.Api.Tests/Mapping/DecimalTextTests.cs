using FsCheck.Xunit;
using OrleansTrading.Api.Mapping;

namespace OrleansTrading.Api.Tests.Mapping;

public sealed class DecimalTextTests
{
    [Property]
    public bool Every_decimal_survives_format_and_parse(decimal value) =>
        DecimalText.TryParse(DecimalText.Format(value), out var parsed, out _) && parsed == value;

    [Theory]
    [InlineData("101.25", 101.25)]
    [InlineData("-0.5", -0.5)]
    [InlineData("100", 100)]
    [InlineData("0.00001", 0.00001)]
    public void Canonical_decimal_strings_parse_exactly(string text, double expected)
    {
        Assert.True(DecimalText.TryParse(text, out var value, out _));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1e5")]
    [InlineData("+1")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1,000")]
    [InlineData("1 000")]
    [InlineData("NaN")]
    [InlineData("--1")]
    [InlineData("1.2.3")]
    [InlineData("12345678901234567890123456789012345678901")]
    public void Anything_else_is_refused_with_a_reason(string text)
    {
        Assert.False(DecimalText.TryParse(text, out _, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Fact]
    public void Trailing_zeros_are_kept_as_sent() => Assert.Equal("101.250", DecimalText.Format(101.250m));
}
