using System.Globalization;
using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Domain.Portfolio;

/// <summary>
/// A validated correlation matrix over a set of instruments: square, symmetric (exactly), unit diagonal, every entry
/// in [−1, 1]. Positive semi-definiteness is not checked up front; <see cref="AdjustedExposure"/> refuses a matrix
/// that gives a negative variance for the exposures it is asked about.
/// </summary>
public sealed class CorrelationMatrix
{
    private readonly Dictionary<InstrumentId, int> _index;
    private readonly decimal[,] _values;

    public CorrelationMatrix(IReadOnlyList<InstrumentId> instruments, decimal[,] values)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        ArgumentNullException.ThrowIfNull(values);
        var n = instruments.Count;
        if (values.GetLength(0) != n || values.GetLength(1) != n)
        {
            throw new ArgumentException(
                $"Correlation matrix is {values.GetLength(0)}×{values.GetLength(1)} but {n} instruments were named; it must be {n}×{n}, one row and column per instrument in the same order.",
                nameof(values));
        }

        _index = new Dictionary<InstrumentId, int>(n);
        for (var i = 0; i < n; i++)
        {
            if (!_index.TryAdd(instruments[i], i))
            {
                throw new ArgumentException($"Correlation matrix names instrument {instruments[i]} twice; name each instrument once.", nameof(instruments));
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (values[i, i] != 1m)
            {
                throw new ArgumentException(
                    $"Correlation of {instruments[i]} with itself is {Format(values[i, i])}; the diagonal must be exactly 1.",
                    nameof(values));
            }

            for (var j = 0; j < n; j++)
            {
                var v = values[i, j];
                if (v is < -1m or > 1m)
                {
                    throw new ArgumentException(
                        $"Correlation of {instruments[i]} with {instruments[j]} is {Format(v)}; correlations lie in [-1, 1].",
                        nameof(values));
                }

                if (v != values[j, i])
                {
                    throw new ArgumentException(
                        $"Correlation matrix is not symmetric: ({instruments[i]}, {instruments[j]}) is {Format(v)} but ({instruments[j]}, {instruments[i]}) is {Format(values[j, i])}; they must be equal.",
                        nameof(values));
                }
            }
        }

        Instruments = [.. instruments];
        _values = (decimal[,])values.Clone();
    }

    public IReadOnlyList<InstrumentId> Instruments { get; }

    public bool Covers(InstrumentId instrument) => _index.ContainsKey(instrument);

    public decimal this[InstrumentId first, InstrumentId second] => _values[IndexOf(first), IndexOf(second)];

    /// <summary>
    /// Correlation-adjusted exposure √(eᵀ C e) of signed exposures e (one currency), computed in decimal. Instruments with
    /// zero exposure are ignored; every instrument with a non-zero exposure must be covered by the matrix.
    /// </summary>
    public decimal AdjustedExposure(IReadOnlyDictionary<InstrumentId, decimal> signedExposures)
    {
        ArgumentNullException.ThrowIfNull(signedExposures);
        var indices = new List<int>(signedExposures.Count);
        var amounts = new List<decimal>(signedExposures.Count);
        foreach (var (instrument, exposure) in signedExposures)
        {
            if (exposure == 0m)
            {
                continue;
            }

            indices.Add(IndexOf(instrument));
            amounts.Add(exposure);
        }

        var variance = 0m;
        for (var a = 0; a < indices.Count; a++)
        {
            for (var b = 0; b < indices.Count; b++)
            {
                variance += amounts[a] * _values[indices[a], indices[b]] * amounts[b];
            }
        }

        if (variance < 0m)
        {
            throw new InvalidOperationException(
                $"Correlation matrix is not positive semi-definite: eᵀCe = {Format(variance)} for the given exposures. Repair the matrix (e.g. nearest-correlation projection) before using it.");
        }

        return DecimalMath.Sqrt(variance);
    }

    private int IndexOf(InstrumentId instrument) =>
        _index.TryGetValue(instrument, out var i)
            ? i
            : throw new KeyNotFoundException($"Correlation matrix has no row for instrument {instrument}; add it to the matrix (covering {string.Join(", ", Instruments)}).");

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
