using Orleans.Concurrency;
using OrleansTrading.Abstractions.Accounts;

namespace OrleansTrading.Abstractions.Risk;

/// <summary>
/// The platform-wide kill switch (one instance, key <see cref="Key"/>). Changing its mode pushes the new mode to
/// every known account and strategy, which apply it on top of their own.
/// </summary>
public interface IGlobalRiskGrain : IGrainWithStringKey
{
    const string Key = "global";

    Task<CommandResult> SetMode(TradingMode mode, string reason, string actor);

    Task<(TradingMode Mode, string? Reason)> Get();

    /// <summary>
    /// Accounts and strategies report themselves when they activate, so a mode change reaches them. Interleaves
    /// with a mode change in progress, so an activating scope never waits on the push it is about to receive.
    /// </summary>
    [AlwaysInterleave]
    Task<(TradingMode Mode, string? Reason)> Register(string scope);
}
