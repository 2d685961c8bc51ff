namespace OrleansTrading.Api.Security;

/// <summary>An authenticated caller: who (for the audit log), with which roles, over which accounts and funds.</summary>
public sealed record ApiCaller(string Name, ApiRole Roles, CallerScope Accounts, CallerScope Funds, string AuthenticatedBy)
{
    public bool Has(ApiRole role) => (Roles & role) != 0;

    public bool IsOperator => Has(ApiRole.Operator);

    public override string ToString() => $"{Name} (roles {ApiRoles.Describe(Roles)}, accounts {Accounts}, funds {Funds}, via {AuthenticatedBy})";
}
