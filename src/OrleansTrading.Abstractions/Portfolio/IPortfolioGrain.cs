namespace OrleansTrading.Abstractions.Portfolio;

/// <summary>Aggregation across a fund's accounts and strategies (key: fund id). Prefers cloud silos.</summary>
public interface IPortfolioGrain : IGrainWithStringKey
{
    Task<CommandResult> Define(FundDefinition definition, string actor);

    Task<FundDefinition?> GetDefinition();

    Task<PortfolioView> Get();
}
