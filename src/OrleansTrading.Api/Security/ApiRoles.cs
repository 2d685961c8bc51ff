namespace OrleansTrading.Api.Security;

/// <summary>Role names as they appear in configuration and token claims: trader, risk, operator, investor.</summary>
public static class ApiRoles
{
    public static bool TryParse(string? text, out ApiRole role)
    {
        role = text?.Trim().ToLowerInvariant() switch
        {
            "trader" => ApiRole.Trader,
            "risk" => ApiRole.Risk,
            "operator" => ApiRole.Operator,
            "investor" => ApiRole.Investor,
            _ => ApiRole.None,
        };
        return role != ApiRole.None;
    }

    public static string Describe(ApiRole roles)
    {
        if (roles == ApiRole.None)
        {
            return "none";
        }

        var names = new List<string>(4);
        foreach (var role in (ReadOnlySpan<ApiRole>)[ApiRole.Trader, ApiRole.Risk, ApiRole.Operator, ApiRole.Investor])
        {
            if ((roles & role) != 0)
            {
                names.Add(role.ToString().ToLowerInvariant());
            }
        }

        return string.Join(",", names);
    }
}
