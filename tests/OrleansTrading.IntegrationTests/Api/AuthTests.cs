using System.Security.Claims;
using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OrleansTrading.Api.V1;
using static OrleansTrading.IntegrationTests.Api.ApiHostFixture;

namespace OrleansTrading.IntegrationTests.Api;

[Collection(ApiCollection.Name)]
public sealed class AuthTests(ApiHostFixture host)
{
    private readonly OrderService.OrderServiceClient _orders = new(host.Channel);
    private readonly PositionService.PositionServiceClient _positions = new(host.Channel);

    private string Token(string issuer = Issuer, TimeSpan? expiresIn = null, string roles = "trader", string accounts = TraderAccount, byte[]? key = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(10));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = Audience,
            NotBefore = expires < now ? expires.AddMinutes(-10) : now.AddMinutes(-1),
            IssuedAt = expires < now ? expires.AddMinutes(-10) : now.AddMinutes(-1),
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("sub", "jwt-trader"), new Claim("role", roles), new Claim("accounts", accounts)]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? host.SigningKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private AsyncUnaryCall<SubmitOrderResponse> Submit(Metadata? headers, string account = TraderAccount, string? id = null) =>
        _orders.SubmitOrderAsync(OrderServiceTests.Limit(account, id ?? NewOrderId("auth")), headers ?? []);

    [Fact]
    public async Task A_call_without_credentials_is_UNAUTHENTICATED()
    {
        var ex = await ApiAssert.FailsAsync(StatusCode.Unauthenticated, Submit(null));

        Assert.Equal("CREDENTIALS_MISSING", ApiAssert.Reason(ex));
        Assert.Contains("x-api-key", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_api_key_is_UNAUTHENTICATED()
    {
        var ex = await ApiAssert.FailsAsync(StatusCode.Unauthenticated, Submit(Key("otk_not_a_real_key")));

        Assert.Equal("API_KEY_UNKNOWN", ApiAssert.Reason(ex));
    }

    [Fact]
    public async Task The_development_key_is_off_when_keys_are_configured()
    {
        var ex = await ApiAssert.FailsAsync(StatusCode.Unauthenticated, Submit(Key("otrade-local-dev-key-not-for-production")));

        Assert.Equal("API_KEY_UNKNOWN", ApiAssert.Reason(ex));
    }

    [Fact]
    public async Task A_valid_jwt_trades_its_accounts()
    {
        var response = await Submit(Bearer(Token()));

        Assert.Equal(TraderAccount, response.Order.AccountId);
    }

    [Fact]
    public async Task An_expired_jwt_is_UNAUTHENTICATED()
    {
        var ex = await ApiAssert.FailsAsync(StatusCode.Unauthenticated, Submit(Bearer(Token(expiresIn: TimeSpan.FromHours(-1)))));

        Assert.Equal("TOKEN_EXPIRED", ApiAssert.Reason(ex));
    }

    [Fact]
    public async Task A_jwt_from_another_issuer_is_UNAUTHENTICATED()
    {
        var ex = await ApiAssert.FailsAsync(StatusCode.Unauthenticated, Submit(Bearer(Token(issuer: "https://evil.example"))));

        Assert.Equal("TOKEN_WRONG_ISSUER", ApiAssert.Reason(ex));
    }

    [Fact]
    public async Task A_jwt_signed_with_another_key_is_UNAUTHENTICATED()
    {
        var ex = await ApiAssert.FailsAsync(StatusCode.Unauthenticated, Submit(Bearer(Token(key: new byte[32]))));

        Assert.Equal("TOKEN_BAD_SIGNATURE", ApiAssert.Reason(ex));
    }

    [Fact]
    public async Task A_jwt_trader_may_not_use_an_account_outside_its_claims()
    {
        var ex = await ApiAssert.FailsAsync(StatusCode.PermissionDenied, Submit(Bearer(Token()), account: OtherAccount));

        Assert.Equal("OUT_OF_SCOPE", ApiAssert.Reason(ex));
    }

    [Fact]
    public async Task A_trader_on_another_account_is_PERMISSION_DENIED_and_nothing_changes()
    {
        var id = NewOrderId("foreign");

        var ex = await ApiAssert.FailsAsync(StatusCode.PermissionDenied, Submit(host.Trader, account: OtherAccount, id: id));

        Assert.Equal("OUT_OF_SCOPE", ApiAssert.Reason(ex));
        Assert.Contains(OtherAccount, ex.Status.Detail, StringComparison.Ordinal);
        await ApiAssert.FailsAsync(StatusCode.NotFound, _orders.GetOrderAsync(new GetOrderRequest { AccountId = OtherAccount, ClientOrderId = id }, host.OtherTrader));
        await ApiAssert.FailsAsync(StatusCode.PermissionDenied, _orders.ListOrdersAsync(new ListOrdersRequest { AccountId = OtherAccount }, host.Trader));
    }

    [Fact]
    public async Task An_investor_may_not_submit_but_reads_its_fund()
    {
        var ex = await ApiAssert.FailsAsync(StatusCode.PermissionDenied, Submit(host.Investor));
        Assert.Equal("ROLE_NOT_ALLOWED", ApiAssert.Reason(ex));

        var fund = await _positions.ListPositionsAsync(new ListPositionsRequest { Scope = new PortfolioScope { FundId = TestFund } }, host.Investor);
        Assert.NotNull(fund.AsOf);

        await ApiAssert.FailsAsync(StatusCode.PermissionDenied,
            _positions.ListPositionsAsync(new ListPositionsRequest { Scope = new PortfolioScope { FundId = "FUND-DEMO" } }, host.Investor));
        await ApiAssert.FailsAsync(StatusCode.PermissionDenied,
            _positions.ListPositionsAsync(new ListPositionsRequest { Scope = new PortfolioScope { AccountId = TraderAccount } }, host.Investor));
    }

    [Fact]
    public async Task Health_and_reflection_need_no_credentials()
    {
        var health = await new Grpc.Health.V1.Health.HealthClient(host.Channel).CheckAsync(new Grpc.Health.V1.HealthCheckRequest());
        Assert.Equal(Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving, health.Status);

        using var reflection = new Grpc.Reflection.V1Alpha.ServerReflection.ServerReflectionClient(host.Channel).ServerReflectionInfo();
        await reflection.RequestStream.WriteAsync(new Grpc.Reflection.V1Alpha.ServerReflectionRequest { ListServices = "" });
        await reflection.RequestStream.CompleteAsync();
        Assert.True(await reflection.ResponseStream.MoveNext());
        var services = reflection.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("orleans_trading.v1.OrderService", services);
        Assert.Contains("orleans_trading.v1.RiskService", services);
        Assert.Contains("grpc.health.v1.Health", services);
    }
}
