using OrleansTrading.Domain.Identifiers;
using V1 = OrleansTrading.Api.V1;

namespace OrleansTrading.Api.Validation;

/// <summary>A validated <see cref="V1.PortfolioScope"/> or <see cref="V1.RiskScope"/>: exactly one of account, strategy, fund or global.</summary>
public sealed record Scope(ScopeKind Kind, string Id)
{
    public static readonly Scope Global = new(ScopeKind.Global, "global");

    public AccountId Account => new(Id);

    public StrategyId Strategy => new(Id);

    public FundId Fund => new(Id);

    /// <summary>How the audit log and messages name it: <c>account:ACC-1</c>, <c>strategy:S1</c>, <c>fund:F1</c>, <c>global</c>.</summary>
    public override string ToString() => Kind == ScopeKind.Global ? "global" : $"{Kind.ToString().ToLowerInvariant()}:{Id}";

    public static Scope Read(RequestValidation v, string field, V1.PortfolioScope? scope)
    {
        switch (scope?.ScopeCase ?? V1.PortfolioScope.ScopeOneofCase.None)
        {
            case V1.PortfolioScope.ScopeOneofCase.AccountId:
                return new Scope(ScopeKind.Account, v.Account($"{field}.account_id", scope!.AccountId).Value ?? "");
            case V1.PortfolioScope.ScopeOneofCase.StrategyId:
                return new Scope(ScopeKind.Strategy, v.Strategy($"{field}.strategy_id", scope!.StrategyId).Value ?? "");
            case V1.PortfolioScope.ScopeOneofCase.FundId:
                return new Scope(ScopeKind.Fund, v.Fund($"{field}.fund_id", scope!.FundId).Value ?? "");
            default:
                v.Add(field, "is required: set one of account_id, strategy_id or fund_id");
                return Global;
        }
    }

    public static Scope Read(RequestValidation v, string field, V1.RiskScope? scope, bool allowGlobal = true)
    {
        switch (scope?.ScopeCase ?? V1.RiskScope.ScopeOneofCase.None)
        {
            case V1.RiskScope.ScopeOneofCase.AccountId:
                return new Scope(ScopeKind.Account, v.Account($"{field}.account_id", scope!.AccountId).Value ?? "");
            case V1.RiskScope.ScopeOneofCase.StrategyId:
                return new Scope(ScopeKind.Strategy, v.Strategy($"{field}.strategy_id", scope!.StrategyId).Value ?? "");
            case V1.RiskScope.ScopeOneofCase.Global when !allowGlobal:
                v.Add($"{field}.global", "is not allowed here: choose account_id or strategy_id");
                return Global;
            case V1.RiskScope.ScopeOneofCase.Global when !scope!.Global:
                v.Add($"{field}.global", "must be true when chosen (it selects the platform-wide switch)");
                return Global;
            case V1.RiskScope.ScopeOneofCase.Global:
                return Global;
            default:
                v.Add(field, allowGlobal ? "is required: set one of account_id, strategy_id or global" : "is required: set account_id or strategy_id");
                return Global;
        }
    }
}
