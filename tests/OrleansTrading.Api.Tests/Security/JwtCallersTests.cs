using System.Security.Claims;
using OrleansTrading.Api.Security;

namespace OrleansTrading.Api.Tests.Security;

public sealed class JwtCallersTests
{
    [Fact]
    public void Roles_and_scopes_come_from_the_token_claims()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim("sub", "alice"),
            new Claim("role", "trader"),
            new Claim("roles", "risk investor"),
            new Claim("role", "superuser"),
            new Claim("accounts", "ACC-1"),
            new Claim("accounts", "ACC-2,ACC-3"),
            new Claim("funds", "*"),
        ], "jwt"));

        var caller = JwtCallers.From(principal);

        Assert.Equal("alice", caller.Name);
        Assert.Equal(ApiRole.Trader | ApiRole.Risk | ApiRole.Investor, caller.Roles);
        Assert.True(caller.Accounts.Contains("ACC-3"));
        Assert.False(caller.Accounts.IsEverything);
        Assert.True(caller.Funds.IsEverything);
        Assert.Equal("jwt", caller.AuthenticatedBy);
    }

    [Fact]
    public void A_token_without_known_roles_or_scopes_grants_nothing()
    {
        var caller = JwtCallers.From(new ClaimsPrincipal(new ClaimsIdentity([new Claim("name", "bob")], "jwt")));

        Assert.Equal("bob", caller.Name);
        Assert.Equal(ApiRole.None, caller.Roles);
        Assert.False(caller.Accounts.Contains("ACC-1"));
    }
}
