namespace OrleansTrading.Domain.Analytics;

/// <summary>How the equity series is sampled and what cash earns.</summary>
public sealed record PerformanceOptions
{
    /// <summary>Daily points, 252 trading days a year, zero risk-free rate.</summary>
    public static readonly PerformanceOptions Daily = new(252, 0m);

    /// <param name="periodsPerYear">Points per year of the series (252 for trading days, 365 for calendar days, 12 for months).</param>
    /// <param name="annualRiskFreeRate">Annual risk-free rate as a fraction (0.04 = 4%); per period it is rate / periodsPerYear.</param>
    public PerformanceOptions(int periodsPerYear, decimal annualRiskFreeRate)
    {
        if (periodsPerYear <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(periodsPerYear), periodsPerYear, "Periods per year must be positive (252 for trading days).");
        }

        if (annualRiskFreeRate is <= -1m or >= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(annualRiskFreeRate), annualRiskFreeRate, "The risk-free rate is an annual fraction between -1 and 1 (0.04 for 4%).");
        }

        PeriodsPerYear = periodsPerYear;
        AnnualRiskFreeRate = annualRiskFreeRate;
    }

    public int PeriodsPerYear { get; }

    public decimal AnnualRiskFreeRate { get; }

    public decimal RiskFreePerPeriod => AnnualRiskFreeRate / PeriodsPerYear;
}
