using System.Globalization;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Portfolio;

/// <summary>
/// Conversion rates into one base currency: amount in base = amount × rate[currency]. Aggregation never adds two
/// currencies; a caller that wants one figure converts explicitly with this table, and a missing rate is an error.
/// </summary>
public sealed class FxRates
{
    private readonly Dictionary<Currency, decimal> _toBase;

    public FxRates(Currency baseCurrency, IReadOnlyDictionary<Currency, decimal> ratesToBase)
    {
        ArgumentNullException.ThrowIfNull(ratesToBase);
        if (baseCurrency.Code is null)
        {
            throw new ArgumentException("FX table needs a base currency.", nameof(baseCurrency));
        }

        _toBase = new Dictionary<Currency, decimal>(ratesToBase.Count + 1);
        foreach (var (currency, rate) in ratesToBase)
        {
            if (rate <= 0m)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(ratesToBase), rate, $"FX rate {currency}→{baseCurrency} is {rate.ToString(CultureInfo.InvariantCulture)}; rates must be positive.");
            }

            if (currency == baseCurrency && rate != 1m)
            {
                throw new ArgumentException($"FX rate of the base currency {baseCurrency} to itself must be 1.", nameof(ratesToBase));
            }

            _toBase[currency] = rate;
        }

        _toBase[baseCurrency] = 1m;
        BaseCurrency = baseCurrency;
    }

    public Currency BaseCurrency { get; }

    public decimal RateToBase(Currency currency) =>
        _toBase.TryGetValue(currency, out var rate)
            ? rate
            : throw new KeyNotFoundException($"No FX rate from {currency} to {BaseCurrency}; add one to the table.");

    public decimal ToBase(decimal amount, Currency currency) => amount * RateToBase(currency);
}
