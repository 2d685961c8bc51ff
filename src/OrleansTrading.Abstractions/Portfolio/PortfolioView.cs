using System.Collections.Immutable;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Portfolio;

/// <summary>A fund's positions with per-account and per-strategy breakdowns and totals, per currency.</summary>
[GenerateSerializer, Immutable, Alias("ot.PortfolioView")]
public sealed record PortfolioView(
    [property: Id(0)] FundId Fund,
    [property: Id(1)] ImmutableArray<PortfolioBreakdown> ByAccount,
    [property: Id(2)] ImmutableArray<PortfolioBreakdown> ByStrategy,
    [property: Id(3)] ImmutableArray<PortfolioTotals> Totals,
    [property: Id(4)] ImmutableArray<PositionView> Positions,
    [property: Id(5)] UnixNanos AsOf);

/// <summary>Totals for one account or strategy (the <see cref="Key"/>) in one currency.</summary>
[GenerateSerializer, Immutable, Alias("ot.PortfolioBreakdown")]
public sealed record PortfolioBreakdown(
    [property: Id(0)] string Key,
    [property: Id(1)] PortfolioTotals Totals);

[GenerateSerializer, Immutable, Alias("ot.PortfolioTotals")]
public sealed record PortfolioTotals(
    [property: Id(0)] Currency Currency,
    [property: Id(1)] decimal RealizedPnl,
    [property: Id(2)] decimal UnrealizedPnl,
    [property: Id(3)] decimal GrossNotional,
    [property: Id(4)] decimal NetNotional,
    [property: Id(5)] decimal? CorrelationAdjustedExposure);
