using System.Collections.Immutable;
using Grpc.Core;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Portfolio;
using OrleansTrading.Abstractions.Strategies;
using OrleansTrading.Api.Audit;
using OrleansTrading.Api.Errors;
using OrleansTrading.Api.Mapping;
using OrleansTrading.Api.Security;
using OrleansTrading.Api.Validation;
using OrleansTrading.Domain.Identifiers;
using V1 = OrleansTrading.Api.V1;

namespace OrleansTrading.Api.Services;

/// <summary>orleans_trading.v1.AdminService (operators): funds and strategy registrations.</summary>
public sealed class AdminApiService(ApiServiceContext api) : V1.AdminService.AdminServiceBase
{
    private const int MaxAccountsPerEntry = 1000;

    public override Task<V1.DefineFundResponse> DefineFund(V1.DefineFundRequest request, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        var details = ImmutableDictionary<string, string>.Empty.Add("accounts", string.Join(",", request.Fund?.AccountIds ?? []));
        return api.Audit.RunAsync(caller, "DefineFund", "fund:" + request.Fund?.FundId, details, async () =>
        {
            ScopeAccess.Demand(AccessPolicy.Administer(caller));
            var v = new RequestValidation();
            if (request.Fund is null)
            {
                v.Add("fund", "is required");
                v.ThrowIfInvalid();
            }

            var fund = v.Fund("fund.fund_id", request.Fund!.FundId);
            var name = v.Text("fund.name", request.Fund.Name, ApiLimits.MaxTextLength, required: false);
            var accounts = Accounts(v, "fund.account_ids", request.Fund.AccountIds);
            v.ThrowIfInvalid();
            var result = await ApiServiceContext.Call(api.Grains.GetGrainByKey<IPortfolioGrain>(fund.Value).Define(new FundDefinition(fund, name, accounts, [], []), caller.Name), context).ConfigureAwait(false);
            ApiErrors.ThrowIfRefused(result);
            return (new V1.DefineFundResponse(), ApiAudit.Ok);
        });
    }

    public override async Task<V1.GetFundResponse> GetFund(V1.GetFundRequest request, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        ScopeAccess.Demand(AccessPolicy.ReadFund(caller, request.FundId));
        var v = new RequestValidation();
        var fund = v.Fund("fund_id", request.FundId);
        v.ThrowIfInvalid();
        var definition = await ApiServiceContext.Call(api.Grains.GetGrainByKey<IPortfolioGrain>(fund.Value).GetDefinition(), context).ConfigureAwait(false)
            ?? throw ApiErrors.NotFound("FUND_NOT_FOUND", $"Fund {request.FundId} is not defined; an operator defines funds with AdminService.DefineFund.");
        return new V1.GetFundResponse { Fund = ProtoMapper.ToProto(definition) };
    }

    public override Task<V1.RegisterStrategyResponse> RegisterStrategy(V1.RegisterStrategyRequest request, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        var details = ImmutableDictionary<string, string>.Empty.Add("accounts", string.Join(",", request.AccountIds)).Add("owner", request.Owner);
        return api.Audit.RunAsync(caller, "RegisterStrategy", "strategy:" + request.StrategyId, details, async () =>
        {
            ScopeAccess.Demand(AccessPolicy.Administer(caller));
            var v = new RequestValidation();
            var strategy = v.Strategy("strategy_id", request.StrategyId);
            var description = v.Text("description", request.Description, ApiLimits.MaxTextLength, required: false);
            var owner = v.Text("owner", request.Owner, ApiLimits.MaxTextLength, required: true);
            var accounts = Accounts(v, "account_ids", request.AccountIds);
            var limits = request.Limits is null ? Abstractions.Accounts.RiskLimitSettings.None : RiskLimitsValidator.Read(v, "limits", request.Limits, api.Instruments);
            v.ThrowIfInvalid();
            var registration = new StrategyRegistration(strategy, description, owner, accounts, limits);
            var result = await ApiServiceContext.Call(api.Grains.GetGrainByKey<IStrategyGrain>(strategy.Value).Register(registration, caller.Name), context).ConfigureAwait(false);
            ApiErrors.ThrowIfRefused(result);
            return (new V1.RegisterStrategyResponse(), ApiAudit.Ok);
        });
    }

    public override Task<V1.SetStrategyEnabledResponse> SetStrategyEnabled(V1.SetStrategyEnabledRequest request, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        var details = ImmutableDictionary<string, string>.Empty.Add("enabled", request.Enabled ? "true" : "false");
        return api.Audit.RunAsync(caller, "SetStrategyEnabled", "strategy:" + request.StrategyId, details, async () =>
        {
            ScopeAccess.Demand(AccessPolicy.Administer(caller));
            var v = new RequestValidation();
            var strategy = v.Strategy("strategy_id", request.StrategyId);
            v.ThrowIfInvalid();
            var result = await ApiServiceContext.Call(api.Grains.GetGrainByKey<IStrategyGrain>(strategy.Value).SetEnabled(request.Enabled, caller.Name), context).ConfigureAwait(false);
            ApiErrors.ThrowIfRefused(result);
            return (new V1.SetStrategyEnabledResponse(), ApiAudit.Ok);
        });
    }

    private static ImmutableArray<AccountId> Accounts(RequestValidation v, string field, IList<string> ids)
    {
        if (ids.Count == 0)
        {
            v.Add(field, "needs at least one account id");
        }
        else if (ids.Count > MaxAccountsPerEntry)
        {
            v.Add(field, $"has {ids.Count} accounts; at most {MaxAccountsPerEntry} are allowed");
        }

        var accounts = ImmutableArray.CreateBuilder<AccountId>(ids.Count);
        for (var i = 0; i < ids.Count && i < MaxAccountsPerEntry; i++)
        {
            var account = v.Account($"{field}[{i}]", ids[i]);
            if (account.Value is not null && !accounts.Contains(account))
            {
                accounts.Add(account);
            }
        }

        return accounts.ToImmutable();
    }
}
