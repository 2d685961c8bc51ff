using Grpc.Core;
using OrleansTrading.Api.V1;
using static OrleansTrading.IntegrationTests.Api.ApiHostFixture;

namespace OrleansTrading.IntegrationTests.Api;

[Collection(ApiCollection.Name)]
public sealed class ValidationTests(ApiHostFixture host)
{
    private readonly OrderService.OrderServiceClient _orders = new(host.Channel);

    public static TheoryData<string, string> InvalidSubmits => new()
    {
        { "unknown instrument", "instrument_id" },
        { "zero quantity", "quantity" },
        { "negative quantity", "quantity" },
        { "fractional lot", "quantity" },
        { "off tick", "limit_price" },
        { "missing strategy", "strategy_id" },
        { "missing limit price", "limit_price" },
        { "oversized client order id", "client_order_id" },
        { "oversized strategy id", "strategy_id" },
        { "undefined side", "side" },
        { "unspecified order type", "order_type" },
        { "undefined time in force", "time_in_force" },
        { "bad decimal", "quantity" },
        { "exponent price", "limit_price" },
        { "gtd without expiry", "expire_time" },
    };

    [Theory]
    [MemberData(nameof(InvalidSubmits))]
    public async Task An_invalid_submit_is_INVALID_ARGUMENT_naming_the_field_and_changes_nothing(string problem, string field)
    {
        var request = OrderServiceTests.Limit(TraderAccount, NewOrderId("bad"));
        Break(request, problem);

        var ex = await ApiAssert.FailsAsync(StatusCode.InvalidArgument, _orders.SubmitOrderAsync(request, host.Trader));

        Assert.Contains(field, ApiAssert.InvalidFields(ex));
        Assert.Contains(field + ":", ex.Status.Detail, StringComparison.Ordinal);
        if (request.ClientOrderId.Length <= 56)
        {
            await ApiAssert.FailsAsync(StatusCode.NotFound, _orders.GetOrderAsync(new GetOrderRequest { AccountId = TraderAccount, ClientOrderId = request.ClientOrderId }, host.Trader));
        }
    }

    [Fact]
    public async Task Oversized_account_ids_are_refused_for_operators_too()
    {
        var request = OrderServiceTests.Limit(new string('A', 65), NewOrderId("acct"));

        var ex = await ApiAssert.FailsAsync(StatusCode.InvalidArgument, _orders.SubmitOrderAsync(request, host.Operator));

        Assert.Contains("account_id", ApiAssert.InvalidFields(ex));
    }

    [Fact]
    public async Task Bad_list_requests_are_INVALID_ARGUMENT()
    {
        var request = new ListOrdersRequest { AccountId = TraderAccount, PageSize = 5000 };
        request.Statuses.Add((OrderStatus)77);

        var ex = await ApiAssert.FailsAsync(StatusCode.InvalidArgument, _orders.ListOrdersAsync(request, host.Trader));

        Assert.Contains("page_size", ApiAssert.InvalidFields(ex));
        Assert.Contains("statuses[0]", ApiAssert.InvalidFields(ex));
    }

    private static void Break(SubmitOrderRequest request, string problem)
    {
        switch (problem)
        {
            case "unknown instrument": request.InstrumentId = "NOPE.XNAS"; break;
            case "zero quantity": request.Quantity = "0"; break;
            case "negative quantity": request.Quantity = "-10"; break;
            case "fractional lot": request.Quantity = "10.5"; break;
            case "off tick": request.LimitPrice = "101.255"; break;
            case "missing strategy": request.StrategyId = ""; break;
            case "missing limit price": request.LimitPrice = ""; break;
            case "oversized client order id": request.ClientOrderId = new string('c', 65); break;
            case "oversized strategy id": request.StrategyId = new string('s', 65); break;
            case "undefined side": request.Side = (Side)9; break;
            case "unspecified order type": request.OrderType = OrderType.Unspecified; break;
            case "undefined time in force": request.TimeInForce = (TimeInForce)42; break;
            case "bad decimal": request.Quantity = "ten"; break;
            case "exponent price": request.LimitPrice = "1.0125e2"; break;
            case "gtd without expiry": request.TimeInForce = TimeInForce.Gtd; break;
            default: throw new ArgumentOutOfRangeException(nameof(problem), problem, "unknown case");
        }
    }
}
