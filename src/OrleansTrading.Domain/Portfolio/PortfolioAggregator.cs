using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Positions;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Portfolio;

/// <summary>
/// Aggregates strategy-scoped positions (each snapshot's key names account, strategy and instrument) into totals and
/// per-account and per-strategy breakdowns at the given marks. Every figure stays in its instrument's quote currency.
/// </summary>
public static class PortfolioAggregator
{
    /// <summary>
    /// Aggregates <paramref name="positions"/>. Refused, with nothing computed: a position without a strategy (aggregate
    /// the strategy views, whose sum is the account), the same key twice, an instrument seen in two currencies, or a
    /// non-flat position without a mark.
    /// </summary>
    public static PortfolioReport Aggregate(IEnumerable<PositionSnapshot> positions, IReadOnlyDictionary<InstrumentId, Price> marks)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(marks);

        var seen = new HashSet<PositionKey>();
        var currencies = new Dictionary<InstrumentId, Currency>();
        var total = new Dictionary<InstrumentId, InstrumentExposure>();
        var byAccount = new Dictionary<AccountId, Dictionary<InstrumentId, InstrumentExposure>>();
        var byStrategy = new Dictionary<StrategyId, Dictionary<InstrumentId, InstrumentExposure>>();

        foreach (var position in positions)
        {
            ArgumentNullException.ThrowIfNull(position);
            var key = position.Key;
            if (key.Strategy is not { } strategy)
            {
                throw new ArgumentException(
                    $"Position {key} has no strategy; aggregate strategy-scoped positions (book manual trades under a strategy id of their own).",
                    nameof(positions));
            }

            if (!seen.Add(key))
            {
                throw new ArgumentException($"Position {key} is listed twice; each position is aggregated once.", nameof(positions));
            }

            if (currencies.TryGetValue(key.Instrument, out var known) && known != position.Currency)
            {
                throw new ArgumentException(
                    $"Instrument {key.Instrument} appears in {known} and in {position.Currency}; one instrument has one quote currency.",
                    nameof(positions));
            }

            currencies[key.Instrument] = position.Currency;
            var exposure = ExposureOf(position, marks);
            Add(total, exposure);
            Add(Breakdown(byAccount, key.Account), exposure);
            Add(Breakdown(byStrategy, strategy), exposure);
        }

        return new PortfolioReport(new PortfolioBreakdown(total), Freeze(byAccount), Freeze(byStrategy));
    }

    private static InstrumentExposure ExposureOf(PositionSnapshot position, IReadOnlyDictionary<InstrumentId, Price> marks)
    {
        var instrument = position.Key.Instrument;
        decimal unrealised = 0m, notional = 0m;
        if (position.NetQuantity != 0m)
        {
            if (!marks.TryGetValue(instrument, out var mark))
            {
                throw new KeyNotFoundException($"No mark price for {instrument}, held by {position.Key}; supply a mark for every instrument with an open position.");
            }

            notional = position.MarkValue(mark);
            unrealised = notional - position.OpenCost;
        }

        var totals = new CurrencyTotals(position.RealisedPnlGross, position.Commissions, unrealised, Math.Abs(notional), notional);
        return new InstrumentExposure(instrument, position.Currency, position.NetQuantity, totals);
    }

    private static Dictionary<InstrumentId, InstrumentExposure> Breakdown<TKey>(Dictionary<TKey, Dictionary<InstrumentId, InstrumentExposure>> breakdowns, TKey key)
        where TKey : notnull
    {
        if (!breakdowns.TryGetValue(key, out var breakdown))
        {
            breakdown = [];
            breakdowns.Add(key, breakdown);
        }

        return breakdown;
    }

    private static void Add(Dictionary<InstrumentId, InstrumentExposure> breakdown, InstrumentExposure exposure) =>
        breakdown[exposure.Instrument] = breakdown.TryGetValue(exposure.Instrument, out var existing)
            ? existing with { NetQuantity = existing.NetQuantity + exposure.NetQuantity, Totals = existing.Totals + exposure.Totals }
            : exposure;

    private static Dictionary<TKey, PortfolioBreakdown> Freeze<TKey>(Dictionary<TKey, Dictionary<InstrumentId, InstrumentExposure>> breakdowns)
        where TKey : notnull
    {
        var frozen = new Dictionary<TKey, PortfolioBreakdown>(breakdowns.Count);
        foreach (var (key, instruments) in breakdowns)
        {
            frozen.Add(key, new PortfolioBreakdown(instruments));
        }

        return frozen;
    }
}
