using Grpc.Core;
using OrleansTrading.Api.Errors;
using OrleansTrading.Api.Tests.Errors;
using OrleansTrading.Api.Validation;
using OrleansTrading.Domain.Time;
using V1 = OrleansTrading.Api.V1;

namespace OrleansTrading.Api.Tests.Validation;

public sealed class BasketValidationTests
{
    private static readonly UnixNanos Now = UnixNanos.FromSeconds(1_800_000_000);

    private static V1.SubmitOrderRequest Order(string clientOrderId, string account = "ACC-1", string instrument = "AAPL.XNAS") => new()
    {
        AccountId = account,
        StrategyId = "STRAT-1",
        InstrumentId = instrument,
        ClientOrderId = clientOrderId,
        Side = V1.Side.Buy,
        OrderType = V1.OrderType.Limit,
        Quantity = "100",
        LimitPrice = "101.25",
        TimeInForce = V1.TimeInForce.Day,
    };

    private static V1.SubmitOrdersRequest Basket(IEnumerable<V1.SubmitOrderRequest> orders)
    {
        var basket = new V1.SubmitOrdersRequest();
        basket.Orders.AddRange(orders);
        return basket;
    }

    private static List<string> InvalidFields(V1.SubmitOrdersRequest basket)
    {
        var ex = Assert.Throws<RpcException>(() => OrderRequestValidator.ValidateBasket(basket, TestInstruments.Catalog, Now, "tester"));
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        return [.. BadRequestDetails.Of(ex).Select(v => v.Field)];
    }

    [Fact]
    public void A_valid_basket_becomes_the_grain_requests_in_order()
    {
        var orders = OrderRequestValidator.ValidateBasket(Basket([Order("a"), Order("b", account: "ACC-2"), Order("a", account: "ACC-2")]), TestInstruments.Catalog, Now, "tester");

        Assert.Equal([("ACC-1", "a"), ("ACC-2", "b"), ("ACC-2", "a")], orders.Select(o => (o.Account.Value, o.ClientOrderId.Value)));
        Assert.All(orders, o => Assert.Equal("tester", o.Actor));
    }

    [Fact]
    public void Each_problem_is_named_by_its_orders_index_and_a_key_repeated_within_the_basket_is_one()
    {
        var fields = InvalidFields(Basket([Order("a"), Order("b", instrument: "NOPE.XNAS"), Order("a")]));

        Assert.Equal(["orders[1].instrument_id", "orders[2].client_order_id"], fields);
    }

    [Fact]
    public void An_invalid_orders_key_is_not_compared_so_a_huge_id_is_never_echoed()
    {
        var huge = new string('x', 10_000);

        var ex = Assert.Throws<RpcException>(() => OrderRequestValidator.ValidateBasket(Basket([Order(huge), Order(huge)]), TestInstruments.Catalog, Now, "tester"));

        Assert.DoesNotContain("repeats", ex.Status.Detail, StringComparison.Ordinal);
        Assert.True(ex.Status.Detail.Length < 2_000, $"the error is {ex.Status.Detail.Length} characters long");
    }

    [Fact]
    public void A_basket_with_many_problems_lists_the_first_fifty_and_counts_the_rest()
    {
        var fields = InvalidFields(Basket(Enumerable.Range(0, 500).Select(i => Order($"c-{i}", instrument: "NOPE.XNAS"))));

        Assert.Equal(OrderRequestValidator.MaxListedViolations + 1, fields.Count);
        Assert.Equal("orders[49].instrument_id", fields[^2]);
        Assert.Equal("orders", fields[^1]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public void An_empty_or_oversized_basket_is_refused_as_a_whole(int count)
    {
        Assert.Equal(["orders"], InvalidFields(Basket(Enumerable.Range(0, count).Select(i => Order($"c-{i}")))));
    }
}
