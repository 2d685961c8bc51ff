using Grpc.Core;
using OrleansTrading.Api.V1;
using static OrleansTrading.IntegrationTests.Api.ApiHostFixture;

namespace OrleansTrading.IntegrationTests.Api;

[Collection(ApiCollection.Name)]
public sealed class OrderServiceTests(ApiHostFixture host)
{
    private readonly OrderService.OrderServiceClient _orders = new(host.Channel);

    internal static SubmitOrderRequest Limit(string account, string clientOrderId, string quantity = "100", string price = "101.25", Side side = Side.Buy) => new()
    {
        AccountId = account,
        StrategyId = Strategy,
        InstrumentId = Instrument,
        ClientOrderId = clientOrderId,
        Side = side,
        OrderType = OrderType.Limit,
        Quantity = quantity,
        LimitPrice = price,
        TimeInForce = TimeInForce.Gtc,
    };

    [Fact]
    public async Task A_submitted_order_comes_back_and_is_found_by_get_and_list()
    {
        var id = NewOrderId("submit");

        var submitted = await _orders.SubmitOrderAsync(Limit(TraderAccount, id), host.Trader);

        Assert.False(submitted.Duplicate);
        Assert.Equal(id, submitted.Order.ClientOrderId);
        Assert.Equal(TraderAccount, submitted.Order.AccountId);
        Assert.Equal("100", submitted.Order.Quantity);
        Assert.Equal("101.25", submitted.Order.LimitPrice);
        Assert.NotEqual(OrderStatus.Rejected, submitted.Order.Status);
        var got = await _orders.GetOrderAsync(new GetOrderRequest { AccountId = TraderAccount, ClientOrderId = id }, host.Trader);
        Assert.Equal(id, got.Order.ClientOrderId);
        var listed = await ListAllAsync(new ListOrdersRequest { AccountId = TraderAccount, InstrumentId = Instrument, StrategyId = Strategy }, host.Trader);
        Assert.Contains(listed, o => o.ClientOrderId == id);
    }

    [Fact]
    public async Task Retrying_the_same_request_returns_the_same_order()
    {
        var request = Limit(TraderAccount, NewOrderId("retry"));

        var first = await _orders.SubmitOrderAsync(request, host.Trader);
        var again = await _orders.SubmitOrderAsync(request, host.Trader);

        Assert.True(again.Duplicate);
        Assert.Equal(first.Order.ClientOrderId, again.Order.ClientOrderId);
        Assert.Equal(first.Order.CreateTime, again.Order.CreateTime);
        var listed = await ListAllAsync(new ListOrdersRequest { AccountId = TraderAccount }, host.Trader);
        Assert.Single(listed, o => o.ClientOrderId == request.ClientOrderId);
    }

    [Fact]
    public async Task A_different_request_under_a_used_client_order_id_is_ALREADY_EXISTS_and_changes_nothing()
    {
        var request = Limit(TraderAccount, NewOrderId("reuse"));
        var first = await _orders.SubmitOrderAsync(request, host.Trader);
        var different = request.Clone();
        different.Quantity = "200";

        var ex = await ApiAssert.FailsAsync(StatusCode.AlreadyExists, _orders.SubmitOrderAsync(different, host.Trader));

        Assert.Contains(request.ClientOrderId, ex.Status.Detail, StringComparison.Ordinal);
        var after = await _orders.GetOrderAsync(new GetOrderRequest { AccountId = TraderAccount, ClientOrderId = request.ClientOrderId }, host.Trader);
        Assert.Equal("100", after.Order.Quantity);
        Assert.Equal(first.Order.Version, after.Order.Version);
    }

    [Fact]
    public async Task An_open_order_can_be_replaced_then_cancelled()
    {
        var id = NewOrderId("cxl");
        await _orders.SubmitOrderAsync(Limit(TraderAccount, id, price: "90.00"), host.Trader);

        var replaced = await _orders.ReplaceOrderAsync(new ReplaceOrderRequest { AccountId = TraderAccount, ClientOrderId = id, Quantity = "150", LimitPrice = "90.05" }, host.Trader);
        Assert.Equal(id, replaced.Order.ClientOrderId);
        var afterReplace = await ApiAssert.EventuallyAsync(
            () => Get(id), o => o.Quantity == "150" && o.LimitPrice == "90.05", "the replace to take effect");
        Assert.True(afterReplace.Open);

        var cancelled = await _orders.CancelOrderAsync(new CancelOrderRequest { AccountId = TraderAccount, ClientOrderId = id }, host.Trader);
        Assert.Equal(id, cancelled.Order.ClientOrderId);
        var final = await ApiAssert.EventuallyAsync(() => Get(id), o => o.Status == OrderStatus.Canceled, "the cancel to take effect");
        Assert.False(final.Open);
    }

    [Fact]
    public async Task Orders_that_do_not_exist_are_NOT_FOUND()
    {
        var missing = NewOrderId("missing");

        await ApiAssert.FailsAsync(StatusCode.NotFound, _orders.GetOrderAsync(new GetOrderRequest { AccountId = TraderAccount, ClientOrderId = missing }, host.Trader));
        await ApiAssert.FailsAsync(StatusCode.NotFound, _orders.ReplaceOrderAsync(new ReplaceOrderRequest { AccountId = TraderAccount, ClientOrderId = missing, Quantity = "1" }, host.Trader));
        await ApiAssert.FailsAsync(StatusCode.NotFound, _orders.CancelOrderAsync(new CancelOrderRequest { AccountId = TraderAccount, ClientOrderId = missing }, host.Trader));
    }

    [Fact]
    public async Task Listing_filters_and_pages_through_every_order_once()
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var id = NewOrderId("page");
            ids.Add(id);
            await _orders.SubmitOrderAsync(Limit(TraderAccount, id, quantity: (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), host.Trader);
        }

        var paged = await ListAllAsync(new ListOrdersRequest { AccountId = TraderAccount, PageSize = 2 }, host.Trader);
        Assert.Equal(paged.Count, paged.Select(o => o.ClientOrderId).Distinct().Count());
        Assert.Superset(ids.ToHashSet(), paged.Select(o => o.ClientOrderId).ToHashSet());

        var other = await ListAllAsync(new ListOrdersRequest { AccountId = TraderAccount, InstrumentId = "MSFT.XNAS" }, host.Trader);
        Assert.DoesNotContain(other, o => ids.Contains(o.ClientOrderId));

        var statuses = paged.Where(o => ids.Contains(o.ClientOrderId)).Select(o => o.Status).Distinct().ToList();
        var byStatus = new ListOrdersRequest { AccountId = TraderAccount };
        byStatus.Statuses.AddRange(statuses);
        Assert.Superset(ids.ToHashSet(), (await ListAllAsync(byStatus, host.Trader)).Select(o => o.ClientOrderId).ToHashSet());

        var open = await ListAllAsync(new ListOrdersRequest { AccountId = TraderAccount, OpenOnly = true }, host.Trader);
        Assert.All(open, o => Assert.True(o.Open));
    }

    [Fact]
    public async Task A_call_whose_deadline_has_passed_is_refused_and_changes_nothing()
    {
        var id = NewOrderId("late");

        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await _orders.SubmitOrderAsync(Limit(TraderAccount, id), host.Trader, deadline: DateTime.UtcNow.AddSeconds(-1)));

        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
        await ApiAssert.FailsAsync(StatusCode.NotFound, _orders.GetOrderAsync(new GetOrderRequest { AccountId = TraderAccount, ClientOrderId = id }, host.Trader));
    }

    private async Task<Order> Get(string id) =>
        (await _orders.GetOrderAsync(new GetOrderRequest { AccountId = TraderAccount, ClientOrderId = id }, host.Trader)).Order;

    private async Task<List<Order>> ListAllAsync(ListOrdersRequest request, Metadata headers)
    {
        var all = new List<Order>();
        var page = request.Clone();
        while (true)
        {
            var response = await _orders.ListOrdersAsync(page, headers);
            all.AddRange(response.Orders);
            if (response.NextPageToken.Length == 0)
            {
                return all;
            }

            page.PageToken = response.NextPageToken;
        }
    }
}
