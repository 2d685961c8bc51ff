using System.Collections.Immutable;
using Grpc.Core;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Risk;
using OrleansTrading.Abstractions.Strategies;
using OrleansTrading.Api.Audit;
using OrleansTrading.Api.Errors;
using OrleansTrading.Api.Mapping;
using OrleansTrading.Api.Security;
using OrleansTrading.Api.Validation;
using OrleansTrading.Domain.Identifiers;
using V1 = OrleansTrading.Api.V1;

namespace OrleansTrading.Api.Services;

/// <summary>orleans_trading.v1.RiskService: snapshots, limits and kill switches at account, strategy and global level.</summary>
public sealed class RiskApiService(ApiServiceContext api) : V1.RiskService.RiskServiceBase
{
    public override async Task<V1.GetRiskSnapshotResponse> GetRiskSnapshot(V1.GetRiskSnapshotRequest request, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        var v = new RequestValidation();
        var scope = Scope.Read(v, "scope", request.Scope);
        v.ThrowIfInvalid();
        await ScopeAccess.AuthoriseAsync(api, caller, scope, ScopeAccess.Intent.Read, context).ConfigureAwait(false);

        var global = await ApiServiceContext.Call(api.Grains.GetGrainByKey<IGlobalRiskGrain>(IGlobalRiskGrain.Key).Get(), context).ConfigureAwait(false);
        var response = new V1.GetRiskSnapshotResponse
        {
            Global = new V1.GlobalTradingState { Mode = ProtoEnums.ToProto(global.Mode), Reason = global.Reason ?? "" },
        };
        var snapshot = scope.Kind switch
        {
            ScopeKind.Account => await ApiServiceContext.Call(api.Grains.GetGrainByKey<IAccountGrain>(scope.Id).GetRiskSnapshot(), context).ConfigureAwait(false),
            ScopeKind.Strategy => await ApiServiceContext.Call(api.Grains.GetGrainByKey<IStrategyGrain>(scope.Id).GetRiskSnapshot(), context).ConfigureAwait(false),
            _ => null,
        };
        if (snapshot is not null)
        {
            response.Snapshot = ProtoMapper.ToProto(snapshot);
        }

        return response;
    }

    public override Task<V1.SetLimitsResponse> SetLimits(V1.SetLimitsRequest request, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        return api.Audit.RunAsync(caller, "SetLimits", Describe(request.Scope), Details(request.Limits), async () =>
        {
            var v = new RequestValidation();
            var scope = Scope.Read(v, "scope", request.Scope, allowGlobal: false);
            var limits = RiskLimitsValidator.Read(v, "limits", request.Limits, api.Instruments);
            v.ThrowIfInvalid();
            await ScopeAccess.AuthoriseAsync(api, caller, scope, ScopeAccess.Intent.ManageRisk, context).ConfigureAwait(false);
            var result = scope.Kind == ScopeKind.Account
                ? await ApiServiceContext.Call(api.Grains.GetGrainByKey<IAccountGrain>(scope.Id).SetLimits(limits, caller.Name), context).ConfigureAwait(false)
                : await ApiServiceContext.Call(api.Grains.GetGrainByKey<IStrategyGrain>(scope.Id).SetLimits(limits, caller.Name), context).ConfigureAwait(false);
            ApiErrors.ThrowIfRefused(result);
            return (new V1.SetLimitsResponse(), ApiAudit.Ok);
        });
    }

    public override async Task<V1.HaltTradingResponse> HaltTrading(V1.HaltTradingRequest request, ServerCallContext context)
    {
        var response = new V1.HaltTradingResponse
        {
            Mode = await ChangeModeAsync("HaltTrading", request.Scope, request.Reason, TradingMode.Halted, context).ConfigureAwait(false),
        };
        if (request.CancelOpenOrders)
        {
            // the halt is in force first, so no new order can slip in behind the cancels
            response.Cancelled = await CancelOpenOrders(new V1.CancelOpenOrdersRequest { Scope = request.Scope, Reason = request.Reason }, context).ConfigureAwait(false);
        }

        return response;
    }

    public override Task<V1.CancelOpenOrdersResponse> CancelOpenOrders(V1.CancelOpenOrdersRequest request, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        var details = ImmutableDictionary<string, string>.Empty
            .Add("reason", request.Reason ?? "")
            .Add("instrument_id", request.InstrumentId ?? "")
            .Add("side", request.Side.ToString());
        return api.Audit.RunAsync(caller, "CancelOpenOrders", Describe(request.Scope), details, async () =>
        {
            var v = new RequestValidation();
            var scope = Scope.Read(v, "scope", request.Scope);
            var instrument = string.IsNullOrEmpty(request.InstrumentId) ? null : OrderRequestValidator.Known(v, api.Instruments, request.InstrumentId);
            var side = ProtoEnums.ToDomain(request.Side);
            if (request.Side != V1.Side.Unspecified && side is null)
            {
                v.Add("side", $"{request.Side} is not a side; use SIDE_BUY or SIDE_SELL, or leave it unset for both");
            }

            var reason = v.Text("reason", request.Reason, ApiLimits.MaxReasonLength, required: true);
            v.ThrowIfInvalid();
            var accounts = await ScopeAccess.AuthoriseAsync(api, caller, scope, ScopeAccess.Intent.ManageRisk, context).ConfigureAwait(false);
            if (scope.Kind == ScopeKind.Global)
            {
                accounts = await ApiServiceContext.Call(api.Grains.GetGrainByKey<IGlobalRiskGrain>(IGlobalRiskGrain.Key).Accounts(), context).ConfigureAwait(false);
            }

            var filter = new OpenOrderFilter(scope.Kind == ScopeKind.Strategy ? new StrategyId(scope.Id) : null, instrument?.Id, side);
            var actor = $"{caller.Name} ({reason})";
            // every account at once, each on its own: one that cannot be reached is reported, the others are still pulled
            var perAccount = await Task.WhenAll(accounts.Select(a => CancelAccountAsync(a, filter, actor, context))).ConfigureAwait(false);
            var response = new V1.CancelOpenOrdersResponse();
            foreach (var account in perAccount)
            {
                response.Orders.AddRange(account.Outcomes);
            }

            response.Matched = perAccount.Sum(a => a.Matched);
            response.StillWorking = perAccount.Sum(a => a.StillWorking);
            var outcome = response.StillWorking == 0 ? ApiAudit.Ok : $"ok ({response.StillWorking} still working)";
            return (response, outcome);
        });
    }

    private async Task<AccountCancels> CancelAccountAsync(AccountId account, OpenOrderFilter filter, string actor, ServerCallContext context)
    {
        try
        {
            var result = await ApiServiceContext.Call(api.Grains.GetGrainByKey<IAccountGrain>(account.Value).CancelOpenOrders(filter, actor), context).ConfigureAwait(false);
            return new AccountCancels([.. result.Orders.Select(ToProto)], result.Orders.Length, result.StillWorking);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // nothing is known of its orders: the account counts as one thing still working
            var unreachable = new V1.OrderCancelOutcome
            {
                AccountId = account.Value,
                ErrorCode = "ACCOUNT_UNREACHABLE",
                ErrorMessage = $"Account {account} could not be reached ({ex.GetType().Name}); its orders were not cancelled, run the cancel again.",
            };
            return new AccountCancels([unreachable], Matched: 0, StillWorking: 1);
        }
    }

    /// <summary>One account's part of a mass cancel, counted by the account's own rule (<see cref="MassCancelResult.StillWorking"/>).</summary>
    private sealed record AccountCancels(IReadOnlyList<V1.OrderCancelOutcome> Outcomes, int Matched, int StillWorking);

    private static V1.OrderCancelOutcome ToProto(MassCancelOutcome outcome) => new()
    {
        AccountId = outcome.Account.Value,
        ClientOrderId = outcome.ClientOrderId.Value,
        Status = outcome.Order is { } order ? ProtoEnums.ToProto(order.Status) : V1.OrderStatus.Unspecified,
        ErrorCode = outcome.Refusal?.Code ?? "",
        ErrorMessage = outcome.Refusal?.Message ?? "",
    };

    public override async Task<V1.ResumeTradingResponse> ResumeTrading(V1.ResumeTradingRequest request, ServerCallContext context) =>
        new() { Mode = await ChangeModeAsync("ResumeTrading", request.Scope, request.Reason, TradingMode.Active, context).ConfigureAwait(false) };

    public override async Task<V1.SetReduceOnlyResponse> SetReduceOnly(V1.SetReduceOnlyRequest request, ServerCallContext context) =>
        new() { Mode = await ChangeModeAsync("SetReduceOnly", request.Scope, request.Reason, TradingMode.ReduceOnly, context).ConfigureAwait(false) };

    private Task<V1.TradingMode> ChangeModeAsync(string action, V1.RiskScope? requestScope, string reason, TradingMode mode, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        var details = ImmutableDictionary<string, string>.Empty.Add("mode", mode.ToString()).Add("reason", reason ?? "");
        return api.Audit.RunAsync(caller, action, Describe(requestScope), details, async () =>
        {
            var v = new RequestValidation();
            var scope = Scope.Read(v, "scope", requestScope);
            var why = v.Text("reason", reason, ApiLimits.MaxReasonLength, required: true);
            v.ThrowIfInvalid();
            await ScopeAccess.AuthoriseAsync(api, caller, scope, ScopeAccess.Intent.ManageRisk, context).ConfigureAwait(false);
            var result = scope.Kind switch
            {
                ScopeKind.Account => await ApiServiceContext.Call(api.Grains.GetGrainByKey<IAccountGrain>(scope.Id).SetMode(mode, why, caller.Name), context).ConfigureAwait(false),
                ScopeKind.Strategy => await ApiServiceContext.Call(api.Grains.GetGrainByKey<IStrategyGrain>(scope.Id).SetMode(mode, why, caller.Name), context).ConfigureAwait(false),
                _ => await ApiServiceContext.Call(api.Grains.GetGrainByKey<IGlobalRiskGrain>(IGlobalRiskGrain.Key).SetMode(mode, why, caller.Name), context).ConfigureAwait(false),
            };
            ApiErrors.ThrowIfRefused(result);
            return (ProtoEnums.ToProto(mode), ApiAudit.Ok);
        });
    }

    private static string Describe(V1.RiskScope? scope) => scope?.ScopeCase switch
    {
        V1.RiskScope.ScopeOneofCase.AccountId => "account:" + scope.AccountId,
        V1.RiskScope.ScopeOneofCase.StrategyId => "strategy:" + scope.StrategyId,
        V1.RiskScope.ScopeOneofCase.Global => "global",
        _ => "(no scope)",
    };

    private static ImmutableDictionary<string, string>? Details(V1.RiskLimits? limits) =>
        limits is null ? null : ImmutableDictionary<string, string>.Empty.Add("limits", Google.Protobuf.JsonFormatter.Default.Format(limits));
}
