using System.Collections.Immutable;
using Grpc.Core;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Risk;
using OrleansTrading.Abstractions.Strategies;
using OrleansTrading.Api.Audit;
using OrleansTrading.Api.Errors;
using OrleansTrading.Api.Mapping;
using OrleansTrading.Api.Security;
using OrleansTrading.Api.Validation;
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

    public override async Task<V1.HaltTradingResponse> HaltTrading(V1.HaltTradingRequest request, ServerCallContext context) =>
        new() { Mode = await ChangeModeAsync("HaltTrading", request.Scope, request.Reason, TradingMode.Halted, context).ConfigureAwait(false) };

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
