using OrleansTrading.Domain.Analytics;

namespace OrleansTrading.Domain.Tests.Analytics;

public class DecimalMathTests
{
    [Theory]
    [InlineData("1.44", "1.2")]
    [InlineData("100000000000000000000", "10000000000")]
    [InlineData("0.0001", "0.01")]
    [InlineData("0", "0")]
    public void Square_root_of_a_perfect_square_is_exact(string x, string root)
    {
        Assert.Equal(decimal.Parse(root), DecimalMath.Sqrt(decimal.Parse(x)));
    }

    [Fact]
    public void Square_root_of_two_is_accurate_to_27_places()
    {
        Assert.InRange(DecimalMath.Sqrt(2m) - 1.4142135623730950488016887242m, -1e-27m, 1e-27m);
    }

    [Fact]
    public void Logarithm_and_exponential_match_known_constants()
    {
        Assert.InRange(DecimalMath.Exp(1m) - 2.7182818284590452353602874714m, -1e-26m, 1e-26m);
        Assert.InRange(DecimalMath.Ln(10m) - 2.3025850929940456840179914547m, -1e-26m, 1e-26m);
        Assert.InRange(DecimalMath.Ln(0.5m) + DecimalMath.Ln2, -1e-27m, 1e-27m);
        Assert.Equal(0m, DecimalMath.Ln(1m));
    }

    [Fact]
    public void Power_with_fractional_exponents()
    {
        Assert.InRange(DecimalMath.Pow(2m, 10m) - 1024m, -1e-22m, 1e-22m);
        Assert.InRange(DecimalMath.Pow(1.21m, 0.5m) - 1.1m, -1e-26m, 1e-26m);
        Assert.Equal(1m, DecimalMath.Pow(7m, 0m));
    }

    [Fact]
    public void Exp_far_below_zero_underflows_to_zero_and_far_above_overflows()
    {
        Assert.Equal(0m, DecimalMath.Exp(-100m));
        Assert.Throws<OverflowException>(() => DecimalMath.Exp(100m));
    }

    [Fact]
    public void Undefined_inputs_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalMath.Sqrt(-1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalMath.Ln(0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalMath.Pow(-2m, 0.5m));
    }
}
