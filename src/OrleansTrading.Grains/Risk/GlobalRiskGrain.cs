using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Risk;
using OrleansTrading.Abstractions.Strategies;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Grains.Risk;

/// <summary>
/// The platform-wide kill switch. The mode is persisted before it is pushed, so an account or strategy that
/// activates later reads it on registration; pushing reaches every one already known. <see cref="Register"/>
/// interleaves with a push in progress, so state writes are serialised by <see cref="_writeLock"/>.
/// </summary>
public sealed partial class GlobalRiskGrain(
    [PersistentState("global-risk", TradingStorage.Name)] IPersistentState<GlobalRiskState> state,
    IClock clock,
    ILogger<GlobalRiskGrain> logger) : Grain, IGlobalRiskGrain
{
    public const string AccountScopePrefix = "account:";
    public const string StrategyScopePrefix = "strategy:";

    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public async Task<CommandResult> SetMode(TradingMode mode, string reason, string actor)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return CommandResult.Refused("REASON_REQUIRED", "A reason is required to change the global trading mode.", RefusalKind.InvalidArgument);
        }

        await _writeLock.WaitAsync();
        try
        {
            state.State.Mode = mode;
            state.State.Reason = mode == TradingMode.Active ? null : reason;
            state.State.ChangedBy = actor;
            state.State.ChangedAt = clock.UtcNow;
            await state.WriteStateAsync();
        }
        finally
        {
            _writeLock.Release();
        }

        LogModeChanged(logger, mode, actor, reason);
        await Task.WhenAll(state.State.Scopes.ToList().Select(PushAsync));
        return CommandResult.Ok;
    }

    public Task<(TradingMode Mode, string? Reason)> Get() => Task.FromResult((state.State.Mode, state.State.Reason));

    public Task<ImmutableArray<AccountId>> Accounts() => Task.FromResult(state.State.Scopes
        .Where(s => s.StartsWith(AccountScopePrefix, StringComparison.Ordinal))
        .Select(s => new AccountId(s[AccountScopePrefix.Length..]))
        .OrderBy(a => a.Value, StringComparer.Ordinal)
        .ToImmutableArray());

    public async Task<(TradingMode Mode, string? Reason)> Register(string scope)
    {
        if (!state.State.Scopes.Contains(scope))
        {
            await _writeLock.WaitAsync();
            try
            {
                if (state.State.Scopes.Add(scope))
                {
                    await state.WriteStateAsync();
                }
            }
            finally
            {
                _writeLock.Release();
            }
        }

        return (state.State.Mode, state.State.Reason);
    }

    private Task PushAsync(string scope)
    {
        if (scope.StartsWith(AccountScopePrefix, StringComparison.Ordinal))
        {
            return GrainFactory.GetGrainByKey<IAccountGrain>(scope[AccountScopePrefix.Length..]).ApplyGlobalMode(state.State.Mode, state.State.Reason);
        }

        if (scope.StartsWith(StrategyScopePrefix, StringComparison.Ordinal))
        {
            return GrainFactory.GetGrainByKey<IStrategyGrain>(scope[StrategyScopePrefix.Length..]).ApplyGlobalMode(state.State.Mode, state.State.Reason);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Global trading mode set to {Mode} by {Actor}: {Reason}")]
    private static partial void LogModeChanged(ILogger logger, TradingMode mode, string actor, string reason);
}
