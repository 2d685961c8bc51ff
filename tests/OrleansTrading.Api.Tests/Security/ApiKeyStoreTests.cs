using OrleansTrading.Api.Hosting;
using OrleansTrading.Api.Security;

namespace OrleansTrading.Api.Tests.Security;

public sealed class ApiKeyStoreTests
{
    private static ApiKeyOptions Key(string name, string key, string roles, string accounts = "", string funds = "") =>
        new() { Name = name, Hash = ApiKeyHash.Create(key), Roles = roles, Accounts = accounts, Funds = funds };

    [Fact]
    public void A_configured_key_resolves_to_its_principal_roles_and_scopes()
    {
        var store = new ApiKeyStore(new ApiOptions { Keys = [Key("desk-a", "secret-a", "trader,risk", "ACC-1, ACC-2", "FUND-1")] });

        var caller = store.Find("secret-a");

        Assert.NotNull(caller);
        Assert.Equal("desk-a", caller.Name);
        Assert.Equal(ApiRole.Trader | ApiRole.Risk, caller.Roles);
        Assert.True(caller.Accounts.Contains("ACC-2"));
        Assert.False(caller.Accounts.Contains("ACC-3"));
        Assert.True(caller.Funds.Contains("FUND-1"));
        Assert.Same(caller, store.Find("secret-a"));
    }

    [Fact]
    public void An_unknown_key_resolves_to_nobody()
    {
        var store = new ApiKeyStore(new ApiOptions { Keys = [Key("desk-a", "secret-a", "trader")] });

        Assert.Null(store.Find("secret-b"));
        Assert.Null(store.Find(DevelopmentApiKey.Key));
    }

    [Fact]
    public void Every_configuration_problem_is_reported_at_once()
    {
        var options = new ApiOptions
        {
            Keys =
            [
                new ApiKeyOptions { Name = "", Hash = "sha256:00:00", Roles = "trader" },
                new ApiKeyOptions { Name = "b", Hash = ApiKeyHash.Create("k"), Roles = "trader,admin" },
                new ApiKeyOptions { Name = "c", Hash = ApiKeyHash.Create("k2"), Roles = "" },
            ],
        };

        var ex = Assert.Throws<ApiConfigurationException>(() => new ApiKeyStore(options));

        Assert.Contains(ex.Problems, p => p.Contains("Name is required", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains("Keys:0", StringComparison.Ordinal) && p.Contains("Hash", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains("role 'admin' is unknown", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains("Keys:2", StringComparison.Ordinal) && p.Contains("Roles is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void The_development_key_works_only_when_nothing_is_configured_on_loopback()
    {
        Assert.NotNull(new ApiKeyStore(new ApiOptions()).Find(DevelopmentApiKey.Key));
        Assert.True(new ApiKeyStore(new ApiOptions()).UsesDevelopmentKey);
        Assert.Null(new ApiKeyStore(new ApiOptions { Keys = [Key("a", "k", "trader")] }).Find(DevelopmentApiKey.Key));
        Assert.Null(new ApiKeyStore(new ApiOptions { Jwt = new JwtOptions { Issuer = "i" } }).Find(DevelopmentApiKey.Key));
        Assert.Null(new ApiKeyStore(new ApiOptions { ListenAddress = "0.0.0.0" }).Find(DevelopmentApiKey.Key));
        Assert.Null(new ApiKeyStore(new ApiOptions { AllowDevelopmentKey = false }).Find(DevelopmentApiKey.Key));
    }

    [Fact]
    public void The_development_key_is_an_operator_over_everything()
    {
        var caller = new ApiKeyStore(new ApiOptions()).Find(DevelopmentApiKey.Key)!;

        Assert.True(caller.IsOperator);
        Assert.True(caller.Accounts.IsEverything);
        Assert.Equal("development-key", caller.AuthenticatedBy);
    }
}
