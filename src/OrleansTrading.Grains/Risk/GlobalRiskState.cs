using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Grains.Risk;

[GenerateSerializer, Alias("ot.state.GlobalRisk")]
public sealed class GlobalRiskState
{
    [Id(0)] public TradingMode Mode { get; set; } = TradingMode.Active;

    [Id(1)] public string? Reason { get; set; }

    [Id(2)] public string? ChangedBy { get; set; }

    [Id(3)] public UnixNanos ChangedAt { get; set; }

    /// <summary>Every account ("account:ID") and strategy ("strategy:ID") that has ever activated.</summary>
    [Id(4)] public HashSet<string> Scopes { get; set; } = [];
}
