using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Portfolio;
using OrleansTrading.Domain.Positions;
using OrleansTrading.Domain.Values;
using static OrleansTrading.Domain.Tests.Portfolio.PortfolioPositions;

namespace OrleansTrading.Domain.Tests.Portfolio;

public sealed class PortfolioAggregationProperties
{
    private static readonly InstrumentId[] Instruments = [Aapl, Es, Sap];
    private static readonly Currency[] Currencies = [Currency.Usd, Currency.Usd, Currency.Eur];
    private static readonly decimal[] Multipliers = [1m, 50m, 1m];

    private static readonly Dictionary<InstrumentId, Price> Marks = new()
    {
        [Aapl] = new Price(187.31m),
        [Es] = new Price(4012.25m),
        [Sap] = new Price(201.07m),
    };

    private static readonly Arbitrary<PositionSnapshot[]> Books = (
        from cells in (
            from account in Gen.Choose(1, 3)
            from strategy in Gen.Choose(1, 4)
            from instrument in Gen.Choose(0, 2)
            from net in Gen.Choose(-5_000, 5_000)
            from cost in Gen.Choose(-1_000_000, 1_000_000)
            from realised in Gen.Choose(-100_000, 100_000)
            from commissions in Gen.Choose(0, 1_000)
            select (account, strategy, instrument, net, cost, realised, commissions)).ListOf()
        select Distinct(cells)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Totals_equal_the_sum_of_the_account_breakdowns_and_of_the_strategy_breakdowns() => Prop.ForAll(Books, positions =>
    {
        var report = PortfolioAggregator.Aggregate(positions, Marks);
        return SumsMatch(report.Total, report.ByAccount.Values).Label("accounts")
            .And(SumsMatch(report.Total, report.ByStrategy.Values).Label("strategies"));
    });

    private static bool SumsMatch(PortfolioBreakdown total, IEnumerable<PortfolioBreakdown> parts)
    {
        var currencies = new Dictionary<Currency, CurrencyTotals>();
        var quantities = new Dictionary<InstrumentId, decimal>();
        foreach (var part in parts)
        {
            foreach (var (currency, totals) in part.Currencies)
            {
                currencies[currency] = currencies.GetValueOrDefault(currency) + totals;
            }

            foreach (var (instrument, exposure) in part.Instruments)
            {
                quantities[instrument] = quantities.GetValueOrDefault(instrument) + exposure.NetQuantity;
            }
        }

        return currencies.Count == total.Currencies.Count
            && currencies.All(c => total.TotalsIn(c.Key) == c.Value)
            && quantities.Count == total.Instruments.Count
            && quantities.All(q => total.NetQuantity(q.Key) == q.Value);
    }

    private static PositionSnapshot[] Distinct(List<(int Account, int Strategy, int Instrument, int Net, int Cost, int Realised, int Commissions)> cells)
    {
        var seen = new HashSet<(int, int, int)>();
        var snapshots = new List<PositionSnapshot>();
        foreach (var c in cells)
        {
            if (!seen.Add((c.Account, c.Strategy, c.Instrument)))
            {
                continue;
            }

            var net = c.Net / 10m;
            snapshots.Add(Snapshot(
                $"A{c.Account}",
                $"S{c.Strategy}",
                Instruments[c.Instrument],
                net,
                net == 0m ? 0m : c.Cost / 100m,
                c.Realised / 100m,
                c.Commissions / 100m,
                Multipliers[c.Instrument],
                Currencies[c.Instrument]));
        }

        return [.. snapshots];
    }
}
