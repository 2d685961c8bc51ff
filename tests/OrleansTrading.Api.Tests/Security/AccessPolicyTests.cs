using OrleansTrading.Api.Security;

namespace OrleansTrading.Api.Tests.Security;

public sealed class AccessPolicyTests
{
    private static ApiCaller Caller(ApiRole roles, string accounts = "", string funds = "") =>
        new("someone", roles, CallerScope.From([accounts]), CallerScope.From([funds]), "test");

    [Fact]
    public void A_trader_trades_and_reads_its_own_accounts()
    {
        var trader = Caller(ApiRole.Trader, "ACC-1,ACC-2");

        Assert.Null(AccessPolicy.TradeAccount(trader, "ACC-1"));
        Assert.Null(AccessPolicy.ReadAccount(trader, "ACC-2"));
    }

    [Fact]
    public void A_trader_may_not_touch_another_account()
    {
        var denial = AccessPolicy.TradeAccount(Caller(ApiRole.Trader, "ACC-1"), "ACC-9");

        Assert.NotNull(denial);
        Assert.Equal(AccessDenial.OutOfScope, denial.Code);
        Assert.Contains("ACC-9", denial.Message, StringComparison.Ordinal);
        Assert.Contains("ACC-1", denial.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trader_may_not_change_limits_or_switches()
    {
        Assert.Equal(AccessDenial.RoleNotAllowed, AccessPolicy.ManageAccountRisk(Caller(ApiRole.Trader, "ACC-1"), "ACC-1")?.Code);
        Assert.Equal(AccessDenial.RoleNotAllowed, AccessPolicy.ManageGlobalRisk(Caller(ApiRole.Trader, "*"))?.Code);
    }

    [Fact]
    public void An_investor_may_not_submit_orders_nor_read_accounts_but_reads_its_funds()
    {
        var investor = Caller(ApiRole.Investor, "ACC-1", "FUND-1");

        Assert.Equal(AccessDenial.RoleNotAllowed, AccessPolicy.TradeAccount(investor, "ACC-1")?.Code);
        Assert.Contains("fund_id", AccessPolicy.ReadAccount(investor, "ACC-1")!.Message, StringComparison.Ordinal);
        Assert.Null(AccessPolicy.ReadFund(investor, "FUND-1"));
        Assert.Equal(AccessDenial.OutOfScope, AccessPolicy.ReadFund(investor, "FUND-2")?.Code);
    }

    [Fact]
    public void Risk_staff_manage_their_accounts_and_need_every_account_for_the_global_switch()
    {
        Assert.Null(AccessPolicy.ManageAccountRisk(Caller(ApiRole.Risk, "ACC-1"), "ACC-1"));
        Assert.Equal(AccessDenial.OutOfScope, AccessPolicy.ManageGlobalRisk(Caller(ApiRole.Risk, "ACC-1"))?.Code);
        Assert.Null(AccessPolicy.ManageGlobalRisk(Caller(ApiRole.Risk, "*")));
        Assert.Equal(AccessDenial.RoleNotAllowed, AccessPolicy.TradeAccount(Caller(ApiRole.Risk, "*"), "ACC-1")?.Code);
    }

    [Fact]
    public void An_operator_may_do_everything_everywhere()
    {
        var op = Caller(ApiRole.Operator);

        Assert.Null(AccessPolicy.TradeAccount(op, "ANY"));
        Assert.Null(AccessPolicy.ManageAccountRisk(op, "ANY"));
        Assert.Null(AccessPolicy.ManageGlobalRisk(op));
        Assert.Null(AccessPolicy.ReadFund(op, "ANY"));
        Assert.Null(AccessPolicy.Administer(op));
    }

    [Fact]
    public void Only_operators_administer()
    {
        Assert.Equal(AccessDenial.RoleNotAllowed, AccessPolicy.Administer(Caller(ApiRole.Risk | ApiRole.Trader, "*", "*"))?.Code);
    }

    [Fact]
    public void A_caller_without_roles_may_do_nothing()
    {
        var nobody = Caller(ApiRole.None, "*", "*");

        Assert.NotNull(AccessPolicy.ReadAccount(nobody, "ACC-1"));
        Assert.NotNull(AccessPolicy.ReadFund(nobody, "FUND-1"));
        Assert.NotNull(AccessPolicy.ReadGlobal(nobody));
    }

    [Theory]
    [InlineData("*", true)]
    [InlineData("ACC-1, *", true)]
    [InlineData("ACC-1 ACC-2", false)]
    [InlineData("", false)]
    public void Scopes_read_lists_and_the_everything_marker(string entry, bool everything)
    {
        var scope = CallerScope.From([entry]);

        Assert.Equal(everything, scope.IsEverything);
        Assert.Equal(everything || entry.Contains("ACC-1", StringComparison.Ordinal), scope.Contains("ACC-1"));
    }
}
