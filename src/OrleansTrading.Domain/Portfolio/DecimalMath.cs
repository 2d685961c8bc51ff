namespace OrleansTrading.Domain.Portfolio;

/// <summary>Decimal functions the framework lacks, computed in decimal to full precision (never via double).</summary>
public static class DecimalMath
{
    private const int MaxIterations = 200;

    /// <summary>
    /// Square root by Newton's iteration x ← (x + a/x) / 2 in decimal, run until it stops changing (or cycles
    /// between neighbours at the last digit, where the neighbour with the smaller |a/x − x| is returned).
    /// The starting guess comes from a power-of-ten estimate, so no binary floating point is involved.
    /// </summary>
    public static decimal Sqrt(decimal value)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The square root of a negative number is not a real number.");
        }

        if (value == 0m)
        {
            return 0m;
        }

        var x = InitialGuess(value);
        var previous = 0m;
        for (var i = 0; i < MaxIterations; i++)
        {
            var next = (x + (value / x)) / 2m;
            if (next == x)
            {
                return x;
            }

            if (next == previous)
            {
                // Two-cycle at the last representable digit: keep the better of the pair.
                return Math.Abs((value / x) - x) <= Math.Abs((value / next) - next) ? x : next;
            }

            previous = x;
            x = next;
        }

        return x;
    }

    /// <summary>10^(⌊digits/2⌋) for the integer digits of the value (or its reciprocal's), within a factor ~3 of the root.</summary>
    private static decimal InitialGuess(decimal value)
    {
        var guess = 1m;
        if (value >= 1m)
        {
            for (var scaled = value; scaled >= 100m; scaled /= 100m)
            {
                guess *= 10m;
            }
        }
        else
        {
            for (var scaled = value; scaled < 1m; scaled *= 100m)
            {
                guess /= 10m;
            }
        }

        return guess;
    }
}
