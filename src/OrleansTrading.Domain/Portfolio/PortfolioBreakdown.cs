using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Portfolio;

/// <summary>
/// Aggregated view of a set of positions (one account, one strategy, or everything): net quantity and totals per
/// instrument, and totals per currency. Currencies are never added together; convert with <see cref="FxRates"/>.
/// </summary>
public sealed class PortfolioBreakdown
{
    internal PortfolioBreakdown(IReadOnlyDictionary<InstrumentId, InstrumentExposure> instruments)
    {
        var currencies = new Dictionary<Currency, CurrencyTotals>();
        foreach (var exposure in instruments.Values)
        {
            currencies[exposure.Currency] = currencies.GetValueOrDefault(exposure.Currency) + exposure.Totals;
        }

        Instruments = instruments;
        Currencies = currencies;
    }

    public IReadOnlyDictionary<InstrumentId, InstrumentExposure> Instruments { get; }

    public IReadOnlyDictionary<Currency, CurrencyTotals> Currencies { get; }

    /// <summary>Net quantity in <paramref name="instrument"/>; zero when the breakdown holds none.</summary>
    public decimal NetQuantity(InstrumentId instrument) =>
        Instruments.TryGetValue(instrument, out var exposure) ? exposure.NetQuantity : 0m;

    /// <summary>Totals in <paramref name="currency"/>; zero when no position is in it.</summary>
    public CurrencyTotals TotalsIn(Currency currency) => Currencies.GetValueOrDefault(currency);

    /// <summary>All currencies converted into the table's base currency and added; a missing rate is an error.</summary>
    public CurrencyTotals TotalsIn(FxRates rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var total = default(CurrencyTotals);
        foreach (var (currency, totals) in Currencies)
        {
            total += totals.Scale(rates.RateToBase(currency));
        }

        return total;
    }

    /// <summary>Signed notional per instrument quoted in <paramref name="currency"/> (instruments in other currencies left out).</summary>
    public IReadOnlyDictionary<InstrumentId, decimal> SignedExposures(Currency currency)
    {
        var exposures = new Dictionary<InstrumentId, decimal>();
        foreach (var (instrument, exposure) in Instruments)
        {
            if (exposure.Currency == currency)
            {
                exposures[instrument] = exposure.Totals.NetNotional;
            }
        }

        return exposures;
    }

    /// <summary>Signed notional per instrument converted into the table's base currency (input to correlation-adjusted exposure).</summary>
    public IReadOnlyDictionary<InstrumentId, decimal> SignedExposures(FxRates rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var exposures = new Dictionary<InstrumentId, decimal>(Instruments.Count);
        foreach (var (instrument, exposure) in Instruments)
        {
            exposures[instrument] = rates.ToBase(exposure.Totals.NetNotional, exposure.Currency);
        }

        return exposures;
    }
}
