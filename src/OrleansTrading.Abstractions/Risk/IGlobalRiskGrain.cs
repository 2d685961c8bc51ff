using System.Collections.Immutable;
using Orleans.Concurrency;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Domain.Identifiers;

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

    /// <summary>Every account that has ever activated (the reach of a platform-wide mass cancel).</summary>
    Task<ImmutableArray<AccountId>> Accounts();

    /// <summary>
    /// Accounts and strategies report themselves when they activate, so a mode change reaches them. Interleaves
    /// with a mode change in progress, so an activating scope never waits on the push it is about to receive.
    /// </summary>
    [AlwaysInterleave]
    Task<(TradingMode Mode, string? Reason)> Register(string scope);
}
