using Orleans.Concurrency;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Positions;

namespace OrleansTrading.Abstractions.Strategies;

/// <summary>
/// One strategy (key: strategy id): registration, enable/disable, its own limits and mode, and its own view of
/// orders and positions. Strategies are isolated: halting or breaching one never touches another.
/// </summary>
public interface IStrategyGrain : IGrainWithStringKey
{
    Task<CommandResult> Register(StrategyRegistration registration, string actor);

    Task<StrategyView?> Get();

    Task<CommandResult> SetEnabled(bool enabled, string actor);

    Task<CommandResult> SetMode(TradingMode mode, string reason, string actor);

    Task<CommandResult> SetLimits(RiskLimitSettings limits, string actor);

    [AlwaysInterleave]
    Task ApplyGlobalMode(TradingMode mode, string? reason);

    /// <summary>Strategy-level pre-trade risk for a new order or a replacement.</summary>
    Task<Refusal?> Admit(OrderAdmission admission);

    /// <summary>A fill of one of this strategy's orders (exactly once per fill id).</summary>
    Task RecordFill(PositionFill fill);

    Task<IReadOnlyList<PositionView>> ListPositions();

    Task<RiskSnapshot> GetRiskSnapshot();
}
