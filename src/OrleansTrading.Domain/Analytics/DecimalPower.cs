namespace OrleansTrading.Domain.Analytics;

/// <summary>
/// Logarithm, exponential and fractional power in <see cref="decimal"/> (the square root is
/// <see cref="Portfolio.DecimalMath.Sqrt"/>), so statistics stay in the same exact, platform-independent arithmetic
/// as money: every run on every machine gives the same bits. Accurate to about 1e-26 relative.
/// </summary>
public static class DecimalPower
{
    /// <summary>ln 2 to 28 decimal places.</summary>
    public const decimal Ln2 = 0.6931471805599453094172321215m;

    /// <summary>Natural logarithm: x = m × 2^k with m in [1, 2), ln m = 2 atanh((m − 1)/(m + 1)) by its series.</summary>
    public static decimal Ln(decimal x)
    {
        if (x <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "The logarithm is only defined for positive numbers.");
        }

        var k = 0;
        while (x >= 2m)
        {
            x /= 2m;
            k++;
        }

        while (x < 1m)
        {
            x *= 2m;
            k--;
        }

        var z = (x - 1m) / (x + 1m);
        var z2 = z * z;
        var term = z;
        var sum = 0m;
        for (var n = 1; n < 400; n += 2)
        {
            var add = term / n;
            if (add == 0m)
            {
                break;
            }

            sum += add;
            term *= z2;
        }

        return (2m * sum) + (k * Ln2);
    }

    /// <summary>e^y: y = k ln 2 + r with |r| ≤ ln 2 / 2, e^r by its Taylor series, then scaled by 2^k.</summary>
    /// <exception cref="OverflowException">The result is beyond decimal's range.</exception>
    public static decimal Exp(decimal y)
    {
        if (y == 0m)
        {
            return 1m;
        }

        if (y > 66m)
        {
            throw new OverflowException($"e^{y} is beyond the range of decimal.");
        }

        if (y < -66m)
        {
            return 0m;
        }

        var k = (int)decimal.Round(y / Ln2, MidpointRounding.ToEven);
        var r = y - (k * Ln2);
        var sum = 1m;
        var term = 1m;
        for (var n = 1; n < 100; n++)
        {
            term = term * r / n;
            if (term == 0m)
            {
                break;
            }

            sum += term;
        }

        for (; k > 0; k--)
        {
            sum *= 2m;
        }

        for (; k < 0; k++)
        {
            sum /= 2m;
        }

        return sum;
    }

    /// <summary>x^y for positive x and any y: e^(y ln x).</summary>
    public static decimal Pow(decimal x, decimal y)
    {
        if (x <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "Only positive numbers can be raised to a fractional power.");
        }

        return y == 0m ? 1m : Exp(y * Ln(x));
    }
}
