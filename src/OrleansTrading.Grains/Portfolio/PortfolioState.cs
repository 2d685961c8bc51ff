using OrleansTrading.Abstractions.Portfolio;

namespace OrleansTrading.Grains.Portfolio;

[GenerateSerializer, Alias("ot.state.Portfolio")]
public sealed class PortfolioState
{
    [Id(0)] public FundDefinition? Definition { get; set; }
}
