using Orleans.Concurrency;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Positions;

namespace OrleansTrading.Abstractions.Strategies;

/// <summary>
/// One strategy (key: strategy id): registration, enable/disable, its own limits and mode, and its own view of
/// orders and positions. Strategies are isolated: halting or breaching one never touches another. The strategy is
/// the authority for its settings and pushes them to each account it trades; each account enforces the strategy's
/// limits on the strategy's activity in that account, in the same risk check as the account's own limits.
/// </summary>
public interface IStrategyGrain : IGrainWithStringKey
{
    Task<CommandResult> Register(StrategyRegistration registration, string actor);

    /// <summary>Read-only; interleaves so an account activating during a settings push can read it.</summary>
    [AlwaysInterleave]
    Task<StrategyView?> Get();

    Task<CommandResult> SetEnabled(bool enabled, string actor);

    Task<CommandResult> SetMode(TradingMode mode, string reason, string actor);

    Task<CommandResult> SetLimits(RiskLimitSettings limits, string actor);

    [AlwaysInterleave]
    Task ApplyGlobalMode(TradingMode mode, string? reason);

    Task<IReadOnlyList<PositionView>> ListPositions();

    Task<RiskSnapshot> GetRiskSnapshot();
}
