using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Portfolio;

/// <summary>
/// One instrument's share of a breakdown: summed over the positions in it. <see cref="Totals"/> is in
/// <see cref="Currency"/>, the instrument's quote currency.
/// </summary>
public readonly record struct InstrumentExposure(InstrumentId Instrument, Currency Currency, decimal NetQuantity, CurrencyTotals Totals);
