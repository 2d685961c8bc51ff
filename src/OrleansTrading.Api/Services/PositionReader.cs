using Grpc.Core;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Portfolio;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Abstractions.Strategies;
using OrleansTrading.Api.Validation;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Api.Services;

/// <summary>The positions of a scope: an account's, a strategy's (across its accounts), or a fund's with its totals.</summary>
public static class PositionReader
{
    public static async Task<(IReadOnlyList<PositionView> Positions, IReadOnlyList<PortfolioTotals> Totals, UnixNanos AsOf)> LoadAsync(
        ApiServiceContext api, Scope scope, ServerCallContext context)
    {
        switch (scope.Kind)
        {
            case ScopeKind.Account:
                return (await ApiServiceContext.Call(api.Grains.GetGrainByKey<IAccountGrain>(scope.Id).ListPositions(), context).ConfigureAwait(false), [], api.Clock.UtcNow);
            case ScopeKind.Strategy:
                return (await ApiServiceContext.Call(api.Grains.GetGrainByKey<IStrategyGrain>(scope.Id).ListPositions(), context).ConfigureAwait(false), [], api.Clock.UtcNow);
            default:
                var portfolio = await ApiServiceContext.Call(api.Grains.GetGrainByKey<IPortfolioGrain>(scope.Id).Get(), context).ConfigureAwait(false);
                return (portfolio.Positions.IsDefault ? [] : portfolio.Positions, portfolio.Totals.IsDefault ? [] : portfolio.Totals, portfolio.AsOf);
        }
    }
}
