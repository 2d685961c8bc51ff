using System.Security.Claims;

namespace OrleansTrading.Api.Security;

/// <summary>
/// Reads a caller from a validated token's claims: name from <c>sub</c> (else <c>name</c>), roles from
/// <c>role</c>/<c>roles</c>, scopes from <c>accounts</c> and <c>funds</c> (each a list, or space/comma-separated,
/// <c>*</c> for all). Unknown role names are ignored; a token without a known role may do nothing.
/// </summary>
public static class JwtCallers
{
    public const string SubjectClaim = "sub";
    public const string NameClaim = "name";
    public const string RoleClaim = "role";
    public const string RolesClaim = "roles";
    public const string AccountsClaim = "accounts";
    public const string FundsClaim = "funds";

    public static ApiCaller From(ClaimsPrincipal principal)
    {
        var name = principal.FindFirst(SubjectClaim)?.Value ?? principal.FindFirst(NameClaim)?.Value ?? principal.Identity?.Name ?? "unnamed-token-subject";
        var roles = ApiRole.None;
        foreach (var claim in principal.Claims)
        {
            if (claim.Type is RoleClaim or RolesClaim or ClaimTypes.Role)
            {
                foreach (var part in claim.Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (ApiRoles.TryParse(part, out var role))
                    {
                        roles |= role;
                    }
                }
            }
        }

        var accounts = CallerScope.From(principal.FindAll(AccountsClaim).Select(c => c.Value));
        var funds = CallerScope.From(principal.FindAll(FundsClaim).Select(c => c.Value));
        return new ApiCaller(name, roles, accounts, funds, "jwt");
    }
}
