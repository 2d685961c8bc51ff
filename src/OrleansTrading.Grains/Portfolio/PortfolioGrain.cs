using System.Collections.Immutable;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Abstractions.Portfolio;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Portfolio;
using OrleansTrading.Domain.Positions;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.Placement;
using KernelBreakdown = OrleansTrading.Domain.Portfolio.PortfolioBreakdown;
using PortfolioBreakdown = OrleansTrading.Abstractions.Portfolio.PortfolioBreakdown;

namespace OrleansTrading.Grains.Portfolio;

/// <summary>
/// A fund's aggregation across its accounts and their strategies, computed by the kernel
/// (<see cref="PortfolioAggregator"/>) from the positions' current state. Reporting work, so it prefers cloud silos.
/// </summary>
[PreferSiloRole(SiloRole.Cloud)]
public sealed class PortfolioGrain(
    [PersistentState("portfolio", TradingStorage.Name)] IPersistentState<PortfolioState> state,
    IInstrumentCatalog instruments,
    IClock clock) : Grain, IPortfolioGrain
{
    public async Task<CommandResult> Define(FundDefinition definition, string actor)
    {
        if (definition.Fund.Value != this.GetPrimaryKeyString())
        {
            return CommandResult.Refused("FUND_MISMATCH", $"Definition is for {definition.Fund}, not {this.GetPrimaryKeyString()}.", RefusalKind.InvalidArgument);
        }

        if (!definition.Correlations.IsDefaultOrEmpty && Correlations(definition) is { Error: { } error })
        {
            return CommandResult.Refused("INVALID_CORRELATIONS", error, RefusalKind.InvalidArgument);
        }

        state.State.Definition = definition;
        await state.WriteStateAsync();
        return CommandResult.Ok;
    }

    public Task<FundDefinition?> GetDefinition() => Task.FromResult(state.State.Definition);

    public async Task<PortfolioView> Get()
    {
        if (state.State.Definition is not { } definition)
        {
            throw new KeyNotFoundException($"Fund {this.GetPrimaryKeyString()} is not defined.");
        }

        var perAccount = await Task.WhenAll(definition.Accounts.Select(a => GrainFactory.GetGrainByKey<IAccountGrain>(a.Value).ListPositions()));
        var positions = perAccount.SelectMany(p => p).ToList();
        var marks = positions.Where(p => p.MarkPrice is not null).GroupBy(p => p.Instrument).ToDictionary(g => g.Key, g => g.First().MarkPrice!.Value);
        var snapshots = positions.SelectMany(p => p.ByStrategy).Select(ToSnapshot).OfType<PositionSnapshot>().ToList();
        var report = PortfolioAggregator.Aggregate(snapshots, marks);
        var matrix = definition.Correlations.IsDefaultOrEmpty ? null : Correlations(definition).Matrix;

        return new PortfolioView(
            definition.Fund,
            [.. report.ByAccount.OrderBy(p => p.Key).SelectMany(p => Breakdowns(p.Key.Value, p.Value, matrix))],
            [.. report.ByStrategy.OrderBy(p => p.Key).SelectMany(p => Breakdowns(p.Key.Value, p.Value, matrix))],
            [.. Totals(report.Total, matrix)],
            [.. positions],
            clock.UtcNow);
    }

    private PositionSnapshot? ToSnapshot(PositionView view)
    {
        if (instruments.Find(view.Instrument) is not { } instrument)
        {
            return null;
        }

        var openCost = view.AveragePrice is { } average ? view.NetQuantity * average.Value * instrument.Multiplier : 0m;
        return new PositionSnapshot(
            new PositionKey(view.Account, view.Instrument, view.Strategy),
            view.Currency,
            instrument.Multiplier,
            view.NetQuantity,
            openCost,
            view.RealizedPnl + view.Commissions,
            view.Commissions,
            []);
    }

    private static IEnumerable<PortfolioBreakdown> Breakdowns(string key, KernelBreakdown breakdown, CorrelationMatrix? matrix) =>
        Totals(breakdown, matrix).Select(t => new PortfolioBreakdown(key, t));

    private static IEnumerable<PortfolioTotals> Totals(KernelBreakdown breakdown, CorrelationMatrix? matrix) =>
        breakdown.Currencies.OrderBy(c => c.Key.Code).Select(c => new PortfolioTotals(
            c.Key,
            c.Value.RealisedPnlNet,
            c.Value.UnrealisedPnl,
            c.Value.GrossNotional,
            c.Value.NetNotional,
            matrix is null ? null : Adjusted(matrix, breakdown.SignedExposures(c.Key))));

    private static decimal? Adjusted(CorrelationMatrix matrix, IReadOnlyDictionary<InstrumentId, decimal> exposures) =>
        exposures.Keys.All(matrix.Covers) ? matrix.AdjustedExposure(exposures) : null;

    private static (CorrelationMatrix? Matrix, string? Error) Correlations(FundDefinition definition)
    {
        var n = definition.CorrelationInstruments.Length;
        if (definition.Correlations.Length != n || definition.Correlations.Any(row => row.Length != n))
        {
            return (null, $"The correlation matrix must be {n}×{n}, one row and column per listed instrument.");
        }

        var values = new decimal[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                values[i, j] = definition.Correlations[i][j];
            }
        }

        try
        {
            return (new CorrelationMatrix(definition.CorrelationInstruments, values), null);
        }
        catch (ArgumentException ex)
        {
            return (null, ex.Message);
        }
    }
}
