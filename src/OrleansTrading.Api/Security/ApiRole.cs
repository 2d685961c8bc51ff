namespace OrleansTrading.Api.Security;

/// <summary>What a caller may do. A caller can hold several roles; any role that allows an action is enough.</summary>
[Flags]
public enum ApiRole
{
    None = 0,

    /// <summary>Orders and reads on the accounts in its scope.</summary>
    Trader = 1,

    /// <summary>Limits, halts and reads on the accounts in its scope (the platform-wide switch needs all accounts).</summary>
    Risk = 2,

    /// <summary>Administration and everything else, on every account and fund.</summary>
    Operator = 4,

    /// <summary>Read-only, fund-level data of the funds in its scope.</summary>
    Investor = 8,
}
