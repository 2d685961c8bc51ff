using System.Text.Json;
using Grpc.Core;
using OrleansTrading.Api.V1;
using static OrleansTrading.IntegrationTests.Api.ApiHostFixture;

namespace OrleansTrading.IntegrationTests.Api;

/// <summary>SubmitOrders: a basket of orders in one call, checked as a whole, each order then submitted on its own.</summary>
[Collection(ApiCollection.Name)]
public sealed class SubmitOrdersTests(ApiHostFixture host)
{
    private readonly OrderService.OrderServiceClient _orders = new(host.Channel);
    private readonly RiskService.RiskServiceClient _risk = new(host.Channel);

    private static SubmitOrdersRequest Basket(params SubmitOrderRequest[] orders)
    {
        var request = new SubmitOrdersRequest();
        request.Orders.AddRange(orders);
        return request;
    }

    [Fact]
    public async Task Each_order_of_a_basket_is_submitted_and_answered_in_request_order_and_a_retry_returns_the_same_orders()
    {
        var basket = Basket(
            OrderServiceTests.Limit(TraderAccount, NewOrderId("basket")),
            OrderServiceTests.Limit(StreamAccount, NewOrderId("basket"), quantity: "200"),
            OrderServiceTests.Limit(TraderAccount, NewOrderId("basket"), quantity: "300", side: Side.Sell, price: "150.00"));

        var first = await _orders.SubmitOrdersAsync(basket, host.Trader);

        Assert.Equal(3, first.Results.Count);
        for (var i = 0; i < 3; i++)
        {
            var sent = basket.Orders[i];
            var result = first.Results[i];
            Assert.Null(result.Refusal);
            Assert.False(result.Duplicate);
            Assert.Equal((sent.AccountId, sent.ClientOrderId, sent.Quantity), (result.Order.AccountId, result.Order.ClientOrderId, result.Order.Quantity));
            var stored = await _orders.GetOrderAsync(new GetOrderRequest { AccountId = sent.AccountId, ClientOrderId = sent.ClientOrderId }, host.Trader);
            Assert.Equal(sent.Side, stored.Order.Side);
        }

        var again = await _orders.SubmitOrdersAsync(basket, host.Trader);

        Assert.All(again.Results, r => Assert.True(r.Duplicate));
        Assert.Equal(first.Results.Select(r => (r.Order.ClientOrderId, r.Order.CreateTime)), again.Results.Select(r => (r.Order.ClientOrderId, r.Order.CreateTime)));
        var targets = basket.Orders.Select(o => $"{o.AccountId}/{o.ClientOrderId}").ToHashSet();
        var audited = await ApiAssert.EventuallyAsync(
            () => Task.FromResult(host.ReadAudit().Select(l => JsonDocument.Parse(l).RootElement)
                .Where(r => r.GetProperty("action").GetString() == "SubmitOrder" && targets.Contains(r.GetProperty("target").GetString()!)).ToList()),
            records => records.Count == 6, "an audit record per order and submission");
        Assert.All(audited, r => Assert.Equal("trader-a", r.GetProperty("actor").GetString()));
        Assert.All(targets, t => Assert.Equal(["ok", "duplicate"], audited.Where(r => r.GetProperty("target").GetString() == t).Select(r => r.GetProperty("outcome").GetString())));
        var baskets = audited.Select(r => r.GetProperty("details").GetProperty("basket").GetString()).Distinct().ToList();
        Assert.Equal(2, baskets.Count); // one id per call, each shared with its SubmitOrders record
        var calls = host.ReadAudit().Select(l => JsonDocument.Parse(l).RootElement)
            .Where(r => r.GetProperty("action").GetString() == "SubmitOrders" && baskets.Contains(r.GetProperty("details").GetProperty("basket").GetString())).ToList();
        Assert.Equal(2, calls.Count);
        Assert.All(calls, r => Assert.Equal("3", r.GetProperty("details").GetProperty("orders").GetString()));
    }

    [Fact]
    public async Task One_orders_refusal_leaves_the_others_of_its_basket_alone()
    {
        var reused = OrderServiceTests.Limit(TraderAccount, NewOrderId("reused"));
        await _orders.SubmitOrderAsync(reused, host.Trader);
        var different = reused.Clone();
        different.Quantity = "7";
        await _risk.HaltTradingAsync(new HaltTradingRequest { Scope = new RiskScope { AccountId = HaltAccount }, Reason = "api basket test halt" }, host.Risk);
        SubmitOrdersResponse answer;
        var halted = OrderServiceTests.Limit(HaltAccount, NewOrderId("halted"));
        var fine = OrderServiceTests.Limit(TraderAccount, NewOrderId("fine"));
        try
        {
            answer = await _orders.SubmitOrdersAsync(Basket(halted, fine, different), host.Trader);
        }
        finally
        {
            await _risk.ResumeTradingAsync(new ResumeTradingRequest { Scope = new RiskScope { AccountId = HaltAccount }, Reason = "api basket test over" }, host.Risk);
        }

        Assert.Equal("FAILED_PRECONDITION", answer.Results[0].Refusal.Status);
        Assert.False(string.IsNullOrEmpty(answer.Results[0].Refusal.Code));
        Assert.Null(answer.Results[0].Order);
        await ApiAssert.FailsAsync(StatusCode.NotFound, _orders.GetOrderAsync(new GetOrderRequest { AccountId = HaltAccount, ClientOrderId = halted.ClientOrderId }, host.Trader));

        Assert.Null(answer.Results[1].Refusal);
        Assert.Equal(fine.ClientOrderId, answer.Results[1].Order.ClientOrderId);

        Assert.Equal("ALREADY_EXISTS", answer.Results[2].Refusal.Status);
        var unchanged = await _orders.GetOrderAsync(new GetOrderRequest { AccountId = TraderAccount, ClientOrderId = reused.ClientOrderId }, host.Trader);
        Assert.Equal("100", unchanged.Order.Quantity);
    }

    [Fact]
    public async Task An_invalid_order_fails_the_whole_basket_with_its_fields_named_and_nothing_is_submitted()
    {
        var valid = OrderServiceTests.Limit(TraderAccount, NewOrderId("valid"));
        var invalid = OrderServiceTests.Limit(TraderAccount, NewOrderId("invalid"), quantity: "-1", price: "101.257");

        var ex = await ApiAssert.FailsAsync(StatusCode.InvalidArgument, _orders.SubmitOrdersAsync(Basket(valid, invalid), host.Trader));

        Assert.Equal(["orders[1].limit_price", "orders[1].quantity"], ApiAssert.InvalidFields(ex).Distinct().Order(StringComparer.Ordinal));
        await ApiAssert.FailsAsync(StatusCode.NotFound, _orders.GetOrderAsync(new GetOrderRequest { AccountId = TraderAccount, ClientOrderId = valid.ClientOrderId }, host.Trader));
    }

    [Fact]
    public async Task A_key_twice_in_one_basket_and_an_empty_or_oversized_basket_are_INVALID_ARGUMENT()
    {
        var order = OrderServiceTests.Limit(TraderAccount, NewOrderId("twice"));
        var twice = await ApiAssert.FailsAsync(StatusCode.InvalidArgument, _orders.SubmitOrdersAsync(Basket(order, order.Clone()), host.Trader));
        Assert.Equal(["orders[1].client_order_id"], ApiAssert.InvalidFields(twice));
        await ApiAssert.FailsAsync(StatusCode.NotFound, _orders.GetOrderAsync(new GetOrderRequest { AccountId = TraderAccount, ClientOrderId = order.ClientOrderId }, host.Trader));

        var empty = await ApiAssert.FailsAsync(StatusCode.InvalidArgument, _orders.SubmitOrdersAsync(Basket(), host.Trader));
        Assert.Equal(["orders"], ApiAssert.InvalidFields(empty));
        var oversized = Basket([.. Enumerable.Range(0, 501).Select(_ => OrderServiceTests.Limit(TraderAccount, NewOrderId("big")))]);
        await ApiAssert.FailsAsync(StatusCode.InvalidArgument, _orders.SubmitOrdersAsync(oversized, host.Trader));
    }

    [Fact]
    public async Task A_basket_with_an_account_the_caller_may_not_trade_is_PERMISSION_DENIED_and_nothing_is_submitted()
    {
        var own = OrderServiceTests.Limit(TraderAccount, NewOrderId("own"));
        var foreign = OrderServiceTests.Limit(OtherAccount, NewOrderId("foreign"));

        await ApiAssert.FailsAsync(StatusCode.PermissionDenied, _orders.SubmitOrdersAsync(Basket(own, foreign), host.Trader));
        await ApiAssert.FailsAsync(StatusCode.Unauthenticated, _orders.SubmitOrdersAsync(Basket(own), new Metadata()));

        await ApiAssert.FailsAsync(StatusCode.NotFound, _orders.GetOrderAsync(new GetOrderRequest { AccountId = TraderAccount, ClientOrderId = own.ClientOrderId }, host.Trader));
    }
}
