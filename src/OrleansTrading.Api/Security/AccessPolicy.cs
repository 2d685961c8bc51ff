namespace OrleansTrading.Api.Security;

/// <summary>
/// Who may do what, as pure functions: each returns null when allowed, otherwise the denial. Operators may do
/// everything; traders trade and read their accounts; risk staff set limits and switches and read their
/// accounts (the platform-wide switch needs every account); investors read their funds only.
/// </summary>
public static class AccessPolicy
{
    public static AccessDenial? TradeAccount(ApiCaller caller, string account) =>
        AccountAction(caller, account, ApiRole.Trader, "place, change or cancel orders on");

    public static AccessDenial? ReadAccount(ApiCaller caller, string account) =>
        AccountAction(caller, account, ApiRole.Trader | ApiRole.Risk, "read");

    public static AccessDenial? ManageAccountRisk(ApiCaller caller, string account) =>
        AccountAction(caller, account, ApiRole.Risk, "change limits or trading mode of");

    /// <summary>Fund-level reads: any role whose fund scope holds the fund (operators always).</summary>
    public static AccessDenial? ReadFund(ApiCaller caller, string fund)
    {
        if (caller.IsOperator || (caller.Roles != ApiRole.None && caller.Funds.Contains(fund)))
        {
            return null;
        }

        return new AccessDenial(AccessDenial.OutOfScope,
            $"{caller.Name} may not read fund {fund}: its credentials cover funds {caller.Funds}. Use a fund in scope, or ask an operator to add {fund} to the key or token.");
    }

    /// <summary>Platform-wide reads (the global trading state): any role except investor-only callers.</summary>
    public static AccessDenial? ReadGlobal(ApiCaller caller) =>
        caller.Has(ApiRole.Trader | ApiRole.Risk | ApiRole.Operator)
            ? null
            : RoleDenial(caller, "read the platform-wide trading state", "trader, risk or operator");

    /// <summary>The platform-wide kill switch: operators, or risk staff whose scope is every account.</summary>
    public static AccessDenial? ManageGlobalRisk(ApiCaller caller)
    {
        if (caller.IsOperator || (caller.Has(ApiRole.Risk) && caller.Accounts.IsEverything))
        {
            return null;
        }

        return caller.Has(ApiRole.Risk)
            ? new AccessDenial(AccessDenial.OutOfScope,
                $"{caller.Name} may not switch platform-wide trading: that needs the risk role over every account (scope '*'), and its credentials cover accounts {caller.Accounts}.")
            : RoleDenial(caller, "switch platform-wide trading", "risk (over every account) or operator");
    }

    public static AccessDenial? Administer(ApiCaller caller) =>
        caller.IsOperator ? null : RoleDenial(caller, "administer funds and strategies", "operator");

    private static AccessDenial? AccountAction(ApiCaller caller, string account, ApiRole allowed, string verb)
    {
        if (caller.IsOperator)
        {
            return null;
        }

        if (!caller.Has(allowed))
        {
            var hint = caller.Has(ApiRole.Investor) && allowed.HasFlag(ApiRole.Trader) && verb == "read"
                ? " Investors read fund-level data: ask by fund_id."
                : "";
            return RoleDenial(caller, $"{verb} account {account}", Roles(allowed | ApiRole.Operator), hint);
        }

        return caller.Accounts.Contains(account)
            ? null
            : new AccessDenial(AccessDenial.OutOfScope,
                $"{caller.Name} may not {verb} account {account}: its credentials cover accounts {caller.Accounts}. Use an account in scope, or ask an operator to add {account} to the key or token.");
    }

    private static AccessDenial RoleDenial(ApiCaller caller, string what, string needed, string hint = "") =>
        new(AccessDenial.RoleNotAllowed, $"{caller.Name} (roles {ApiRoles.Describe(caller.Roles)}) may not {what}: that needs the {needed} role.{hint}");

    private static string Roles(ApiRole roles) => ApiRoles.Describe(roles).Replace(",", " or ", StringComparison.Ordinal);
}
