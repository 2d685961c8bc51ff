using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Portfolio;
using static OrleansTrading.Domain.Tests.Portfolio.PortfolioPositions;

namespace OrleansTrading.Domain.Tests.Portfolio;

public sealed class CorrelationMatrixTests
{
    private static CorrelationMatrix Pair(decimal rho) => new([Aapl, Es], new[,] { { 1m, rho }, { rho, 1m } });

    private static Dictionary<InstrumentId, decimal> Exposures(decimal aapl, decimal es) => new() { [Aapl] = aapl, [Es] = es };

    [Fact]
    public void Perfectly_correlated_exposures_add_linearly()
    {
        Assert.Equal(700m, Pair(1m).AdjustedExposure(Exposures(300m, 400m)));
    }

    [Fact]
    public void Uncorrelated_exposures_add_in_quadrature()
    {
        Assert.Equal(500m, Pair(0m).AdjustedExposure(Exposures(300m, 400m)));
    }

    [Fact]
    public void Perfect_hedge_with_correlation_one_has_zero_exposure()
    {
        Assert.Equal(0m, Pair(1m).AdjustedExposure(Exposures(400m, -400m)));
        Assert.Equal(0m, Pair(-1m).AdjustedExposure(Exposures(400m, 400m)));
    }

    [Fact]
    public void Partial_correlation_matches_the_closed_form()
    {
        // √(300² + 400² + 2·0.5·300·400) = √370000
        Assert.Equal(DecimalMath.Sqrt(370_000m), Pair(0.5m).AdjustedExposure(Exposures(300m, 400m)));
    }

    [Fact]
    public void Asymmetric_matrix_is_refused_with_both_entries_named()
    {
        var error = Assert.Throws<ArgumentException>(() => new CorrelationMatrix([Aapl, Es], new[,] { { 1m, 0.5m }, { 0.4m, 1m } }));
        Assert.Contains("not symmetric", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagonal_other_than_one_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new CorrelationMatrix([Aapl, Es], new[,] { { 1m, 0m }, { 0m, 0.9m } }));
        Assert.Contains("diagonal must be exactly 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_outside_minus_one_to_one_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new CorrelationMatrix([Aapl, Es], new[,] { { 1m, 1.2m }, { 1.2m, 1m } }));
        Assert.Contains("[-1, 1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Matrix_of_the_wrong_size_or_with_a_repeated_instrument_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new CorrelationMatrix([Aapl, Es, Sap], new[,] { { 1m, 0m }, { 0m, 1m } }));
        Assert.Throws<ArgumentException>(() => new CorrelationMatrix([Aapl, Aapl], new[,] { { 1m, 0m }, { 0m, 1m } }));
    }

    [Fact]
    public void Exposure_in_an_instrument_the_matrix_does_not_cover_is_refused_but_zero_exposure_is_ignored()
    {
        var matrix = Pair(0m);
        Assert.Equal(300m, matrix.AdjustedExposure(new Dictionary<InstrumentId, decimal> { [Aapl] = 300m, [Sap] = 0m }));

        var error = Assert.Throws<KeyNotFoundException>(() =>
            matrix.AdjustedExposure(new Dictionary<InstrumentId, decimal> { [Aapl] = 300m, [Sap] = 1m }));
        Assert.Contains("SAP.XETR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Matrix_that_is_not_positive_semi_definite_is_refused_when_it_gives_negative_variance()
    {
        var matrix = new CorrelationMatrix(
            [Aapl, Es, Sap],
            new[,] { { 1m, 0.9m, -0.9m }, { 0.9m, 1m, 0.9m }, { -0.9m, 0.9m, 1m } });

        var error = Assert.Throws<InvalidOperationException>(() =>
            matrix.AdjustedExposure(new Dictionary<InstrumentId, decimal> { [Aapl] = 1m, [Es] = -1m, [Sap] = 1m }));
        Assert.Contains("positive semi-definite", error.Message, StringComparison.Ordinal);
    }
}
