using OrleansTrading.Domain.Analytics;

namespace OrleansTrading.Domain.Tests.Analytics;

public class DecimalPowerTests
{
    [Fact]
    public void Logarithm_and_exponential_match_known_constants()
    {
        Assert.InRange(DecimalPower.Exp(1m) - 2.7182818284590452353602874714m, -1e-26m, 1e-26m);
        Assert.InRange(DecimalPower.Ln(10m) - 2.3025850929940456840179914547m, -1e-26m, 1e-26m);
        Assert.InRange(DecimalPower.Ln(0.5m) + DecimalPower.Ln2, -1e-27m, 1e-27m);
        Assert.Equal(0m, DecimalPower.Ln(1m));
    }

    [Fact]
    public void Power_with_fractional_exponents()
    {
        Assert.InRange(DecimalPower.Pow(2m, 10m) - 1024m, -1e-22m, 1e-22m);
        Assert.InRange(DecimalPower.Pow(1.21m, 0.5m) - 1.1m, -1e-26m, 1e-26m);
        Assert.Equal(1m, DecimalPower.Pow(7m, 0m));
    }

    [Fact]
    public void Exp_far_below_zero_underflows_to_zero_and_far_above_overflows()
    {
        Assert.Equal(0m, DecimalPower.Exp(-100m));
        Assert.Throws<OverflowException>(() => DecimalPower.Exp(100m));
    }

    [Fact]
    public void Undefined_inputs_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalPower.Ln(0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalPower.Pow(-2m, 0.5m));
    }
}
