using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Domain.Portfolio;

/// <summary>The result of <see cref="PortfolioAggregator.Aggregate"/>: totals, and the same figures per account and per strategy.</summary>
public sealed record PortfolioReport(
    PortfolioBreakdown Total,
    IReadOnlyDictionary<AccountId, PortfolioBreakdown> ByAccount,
    IReadOnlyDictionary<StrategyId, PortfolioBreakdown> ByStrategy);
