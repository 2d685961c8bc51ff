using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Abstractions.Risk;
using OrleansTrading.Abstractions.Strategies;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Grains.Accounts;
using OrleansTrading.Grains.Risk;

namespace OrleansTrading.Grains.Strategies;

/// <summary>
/// One strategy: the authority for its registration, limits, mode and enablement, which it persists and pushes to
/// every account it trades (each account enforces them in its single pre-trade check). Re-registering keeps the
/// limits in force: they change only through <see cref="SetLimits"/>. Its position view is read
/// from the positions' per-strategy breakdowns, so one strategy's state never depends on another's.
/// </summary>
public sealed partial class StrategyGrain(
    [PersistentState("strategy", TradingStorage.Name)] IPersistentState<StrategyState> state,
    IClock clock,
    ILogger<StrategyGrain> logger) : Grain, IStrategyGrain
{
    private StrategyId _strategy;
    private TradingMode _globalMode = TradingMode.Active;
    private string? _globalReason;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _strategy = new StrategyId(this.GetPrimaryKeyString());
        if (state.State.Registration is not null)
        {
            (_globalMode, _globalReason) = await GrainFactory.GetGrainByKey<IGlobalRiskGrain>(IGlobalRiskGrain.Key).Register(GlobalRiskGrain.StrategyScopePrefix + _strategy.Value);
        }
    }

    public async Task<CommandResult> Register(StrategyRegistration registration, string actor)
    {
        if (registration.Strategy != _strategy)
        {
            return CommandResult.Refused("STRATEGY_MISMATCH", $"Registration is for {registration.Strategy}, not {_strategy}.", RefusalKind.InvalidArgument);
        }

        if (registration.Accounts.IsDefaultOrEmpty)
        {
            return CommandResult.Refused("ACCOUNTS_REQUIRED", "A strategy must be registered for at least one account.", RefusalKind.InvalidArgument);
        }

        if (registration.Limits.Problems() is { Count: > 0 } problems)
        {
            return CommandResult.Refused("INVALID_LIMITS", string.Join(" ", problems), RefusalKind.InvalidArgument);
        }

        var previous = state.State.Registration;
        if (previous is not null)
        {
            // Limits set at runtime by risk staff outlive re-registration (e.g. configuration seeding at start-up).
            registration = registration with { Limits = previous.Limits };
        }

        if (previous is not null && SameRegistration(previous, registration))
        {
            await PushAsync();
            return CommandResult.Ok;
        }

        state.State.Registration = registration;
        await SaveAsync();
        if (previous is null)
        {
            (_globalMode, _globalReason) = await GrainFactory.GetGrainByKey<IGlobalRiskGrain>(IGlobalRiskGrain.Key).Register(GlobalRiskGrain.StrategyScopePrefix + _strategy.Value);
        }

        var removed = previous?.Accounts.Except(registration.Accounts).ToList() ?? [];
        await Task.WhenAll(removed.Select(a => Account(a).ApplyStrategySettings(Settings() with { Enabled = false })));
        await PushAsync();
        LogRegistered(logger, _strategy, actor);
        return CommandResult.Ok;
    }

    public Task<StrategyView?> Get() => Task.FromResult(state.State.Registration is { } registration
        ? new StrategyView(registration, state.State.Enabled, state.State.Mode, EffectiveMode, EffectiveReason, state.State.UpdatedAt)
        : null);

    public Task<CommandResult> SetEnabled(bool enabled, string actor) => ChangeAsync(actor, () => state.State.Enabled = enabled);

    public Task<CommandResult> SetMode(TradingMode mode, string reason, string actor)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Task.FromResult(CommandResult.Refused("REASON_REQUIRED", "A reason is required to change a strategy's trading mode.", RefusalKind.InvalidArgument));
        }

        return ChangeAsync(actor, () =>
        {
            state.State.Mode = mode;
            state.State.ModeReason = mode == TradingMode.Active ? null : reason;
        });
    }

    public Task<CommandResult> SetLimits(RiskLimitSettings limits, string actor)
    {
        if (limits.Problems() is { Count: > 0 } problems)
        {
            return Task.FromResult(CommandResult.Refused("INVALID_LIMITS", string.Join(" ", problems), RefusalKind.InvalidArgument));
        }

        return ChangeAsync(actor, () => state.State.Registration = state.State.Registration! with { Limits = limits });
    }

    public Task ApplyGlobalMode(TradingMode mode, string? reason)
    {
        _globalMode = mode;
        _globalReason = reason;
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<PositionView>> ListPositions()
    {
        if (state.State.Registration is not { } registration)
        {
            return [];
        }

        var perAccount = await Task.WhenAll(registration.Accounts.Select(a => Account(a).ListPositions()));
        return [.. perAccount.SelectMany(p => p).SelectMany(p => p.ByStrategy).Where(p => p.Strategy == _strategy && (p.NetQuantity != 0m || p.FillCount > 0))];
    }

    public async Task<RiskSnapshot> GetRiskSnapshot()
    {
        if (state.State.Registration is not { } registration)
        {
            throw new KeyNotFoundException($"Strategy {_strategy} is not registered.");
        }

        var snapshots = await Task.WhenAll(registration.Accounts.Select(a => Account(a).GetStrategyRiskSnapshot(_strategy)));
        var first = snapshots[0];
        return new RiskSnapshot(
            "strategy:" + _strategy.Value,
            first.Currency,
            EffectiveMode,
            EffectiveReason,
            snapshots.Sum(s => s.GrossNotional),
            snapshots.Sum(s => s.NetNotional),
            snapshots.Sum(s => s.Equity),
            snapshots.Sum(s => s.HighWaterMark),
            snapshots.Sum(s => s.Drawdown),
            snapshots.Sum(s => s.MarginUsed),
            null,
            [.. snapshots.SelectMany(s => s.Limits.Select(l => l with { Limit = $"{l.Limit}@{s.Scope}" }))],
            snapshots.Sum(s => s.OpenOrders),
            clock.UtcNow);
    }

    private TradingMode EffectiveMode => !state.State.Enabled ? TradingMode.Halted : RiskSettingsMapping.Strictest(state.State.Mode, _globalMode);

    private string? EffectiveReason => !state.State.Enabled
        ? "strategy disabled"
        : _globalMode > state.State.Mode ? "global: " + _globalReason : state.State.ModeReason;

    private async Task<CommandResult> ChangeAsync(string actor, Action change)
    {
        if (state.State.Registration is null)
        {
            return CommandResult.Refused("STRATEGY_NOT_FOUND", $"Strategy {_strategy} is not registered.", RefusalKind.NotFound);
        }

        change();
        await SaveAsync();
        await PushAsync();
        LogChanged(logger, _strategy, actor, state.State.Enabled, state.State.Mode);
        return CommandResult.Ok;
    }

    private Task SaveAsync()
    {
        state.State.UpdatedAt = clock.UtcNow;
        return state.WriteStateAsync();
    }

    private Task PushAsync() =>
        Task.WhenAll(state.State.Registration!.Accounts.Select(a => Account(a).ApplyStrategySettings(Settings())));

    private StrategySettings Settings() =>
        new(_strategy, state.State.Registration!.Limits, state.State.Enabled, state.State.Mode, state.State.ModeReason);

    private IAccountGrain Account(AccountId account) => GrainFactory.GetGrainByKey<IAccountGrain>(account.Value);

    private static bool SameRegistration(StrategyRegistration a, StrategyRegistration b) =>
        a.Description == b.Description && a.Owner == b.Owner && a.Accounts.SequenceEqual(b.Accounts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Strategy {Strategy} registered by {Actor}")]
    private static partial void LogRegistered(ILogger logger, StrategyId strategy, string actor);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Strategy {Strategy} changed by {Actor}: enabled={Enabled}, mode={Mode}")]
    private static partial void LogChanged(ILogger logger, StrategyId strategy, string actor, bool enabled, TradingMode mode);
}
