using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrleansTrading.Domain.Portfolio;

namespace OrleansTrading.Domain.Tests.Portfolio;

public sealed class DecimalMathTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("1", "1")]
    [InlineData("4", "2")]
    [InlineData("0.0001", "0.01")]
    [InlineData("152415787532374345526722756", "12345678901234")]
    [InlineData("1.5241578753238669120562399025", "1.23456789012345")]
    public void Square_root_of_a_perfect_square_is_exact(string value, string root)
    {
        var input = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(decimal.Parse(root, System.Globalization.CultureInfo.InvariantCulture), DecimalMath.Sqrt(input));
    }

    [Fact]
    public void Square_root_of_two_is_correct_to_full_decimal_precision()
    {
        Assert.Equal(1.4142135623730950488016887242m, DecimalMath.Sqrt(2m));
    }

    [Fact]
    public void Square_root_works_at_the_ends_of_the_decimal_range()
    {
        Assert.Equal(0.00000000000001m, DecimalMath.Sqrt(0.0000000000000000000000000001m));
        var root = DecimalMath.Sqrt(decimal.MaxValue);
        Assert.InRange(root, 281474976710655.99m, 281474976710656.01m);
    }

    [Fact]
    public void Square_root_of_a_negative_number_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalMath.Sqrt(-1m));
    }

    [Property(MaxTest = 500)]
    public Property Square_root_squared_returns_the_input_to_within_decimal_precision() => Prop.ForAll(
        (from units in Gen.Choose(0, int.MaxValue)
         from scale in Gen.Choose(0, 20)
         select new decimal(units, 0, 0, false, (byte)scale)).ToArbitrary(),
        value =>
        {
            var root = DecimalMath.Sqrt(value);
            var tolerance = Math.Max(value * 1e-24m, 1e-26m);
            return (Math.Abs((root * root) - value) <= tolerance).Label($"√{value} = {root}, squared {root * root}");
        });
}
