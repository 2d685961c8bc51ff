using System.Collections.Immutable;
using Grpc.Core;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Portfolio;
using OrleansTrading.Abstractions.Strategies;
using OrleansTrading.Api.Errors;
using OrleansTrading.Api.Security;
using OrleansTrading.Api.Validation;
using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Api.Services;

/// <summary>
/// Authorisation for scoped requests. Accounts and funds are checked against the caller's scopes directly; a
/// strategy is allowed when the caller may act on every account the strategy is registered for.
/// </summary>
public static class ScopeAccess
{
    public enum Intent
    {
        Read,
        ManageRisk,
    }

    /// <summary>Throws PERMISSION_DENIED (or NOT_FOUND for an unknown strategy or fund) unless allowed; returns the scope's accounts.</summary>
    public static async Task<ImmutableArray<AccountId>> AuthoriseAsync(ApiServiceContext api, ApiCaller caller, Scope scope, Intent intent, ServerCallContext context)
    {
        switch (scope.Kind)
        {
            case ScopeKind.Account:
                Demand(intent == Intent.Read ? AccessPolicy.ReadAccount(caller, scope.Id) : AccessPolicy.ManageAccountRisk(caller, scope.Id));
                return [scope.Account];

            case ScopeKind.Fund:
                Demand(intent == Intent.Read ? AccessPolicy.ReadFund(caller, scope.Id) : AccessPolicy.Administer(caller));
                var fund = await ApiServiceContext.Call(api.Grains.GetGrainByKey<IPortfolioGrain>(scope.Id).GetDefinition(), context).ConfigureAwait(false)
                    ?? throw ApiErrors.NotFound("FUND_NOT_FOUND", $"Fund {scope.Id} is not defined; an operator defines funds with AdminService.DefineFund.");
                return fund.Accounts.IsDefault ? [] : fund.Accounts;

            case ScopeKind.Strategy:
                // Callers whose scope is every account need not look the strategy up to be allowed.
                var probe = intent == Intent.Read ? AccessPolicy.ReadAccount(caller, "*") : AccessPolicy.ManageAccountRisk(caller, "*");
                var strategy = await ApiServiceContext.Call(api.Grains.GetGrainByKey<IStrategyGrain>(scope.Id).Get(), context).ConfigureAwait(false);
                if (strategy is null)
                {
                    Demand(probe);
                    throw ApiErrors.NotFound("STRATEGY_NOT_FOUND", $"Strategy {scope.Id} is not registered; an operator registers strategies with AdminService.RegisterStrategy.");
                }

                var accounts = strategy.Registration.Accounts.IsDefault ? [] : strategy.Registration.Accounts;
                if (probe is not null)
                {
                    foreach (var account in accounts)
                    {
                        Demand(intent == Intent.Read ? AccessPolicy.ReadAccount(caller, account.Value) : AccessPolicy.ManageAccountRisk(caller, account.Value));
                    }

                    if (accounts.Length == 0)
                    {
                        Demand(probe);
                    }
                }

                return accounts;

            default:
                Demand(intent == Intent.Read ? AccessPolicy.ReadGlobal(caller) : AccessPolicy.ManageGlobalRisk(caller));
                return [];
        }
    }

    public static void Demand(AccessDenial? denial)
    {
        if (denial is not null)
        {
            throw ApiErrors.PermissionDenied(denial);
        }
    }
}
