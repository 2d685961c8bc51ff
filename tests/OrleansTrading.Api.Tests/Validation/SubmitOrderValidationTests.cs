using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using OrleansTrading.Api.Errors;
using OrleansTrading.Api.Tests.Errors;
using OrleansTrading.Api.Validation;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using V1 = OrleansTrading.Api.V1;

namespace OrleansTrading.Api.Tests.Validation;

public sealed class SubmitOrderValidationTests
{
    private static readonly UnixNanos Now = UnixNanos.FromSeconds(1_800_000_000);

    private static V1.SubmitOrderRequest Valid() => new()
    {
        AccountId = "ACC-1",
        StrategyId = "STRAT-1",
        InstrumentId = "AAPL.XNAS",
        ClientOrderId = "c-1",
        Side = V1.Side.Buy,
        OrderType = V1.OrderType.Limit,
        Quantity = "100",
        LimitPrice = "101.25",
        TimeInForce = V1.TimeInForce.Day,
    };

    private static IReadOnlyList<FieldViolation> Violations(V1.SubmitOrderRequest request)
    {
        var ex = Assert.Throws<RpcException>(() => OrderRequestValidator.ValidateSubmit(request, TestInstruments.Catalog, Now, "tester"));
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        return BadRequestDetails.Of(ex);
    }

    private static void AssertRefused(V1.SubmitOrderRequest request, string field, string fragment)
    {
        var violations = Violations(request);
        Assert.Contains(violations, v => v.Field == field && v.Description.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void A_valid_limit_order_becomes_the_grain_request()
    {
        var order = OrderRequestValidator.ValidateSubmit(Valid(), TestInstruments.Catalog, Now, "tester");

        Assert.Equal("ACC-1", order.Account.Value);
        Assert.Equal("c-1", order.ClientOrderId.Value);
        Assert.Equal(OrderSide.Buy, order.Side);
        Assert.Equal(OrderType.Limit, order.Type);
        Assert.Equal(100m, order.Quantity.Value);
        Assert.Equal(101.25m, order.LimitPrice!.Value.Value);
        Assert.Null(order.StopPrice);
        Assert.Equal(TimeInForce.Day, order.TimeInForce);
        Assert.Equal("tester", order.Actor);
        Assert.Null(order.Venue);
    }

    [Fact]
    public void A_gtd_stop_limit_order_with_a_venue_keeps_every_field()
    {
        var request = Valid();
        request.OrderType = V1.OrderType.StopLimit;
        request.StopPrice = "100.50";
        request.TimeInForce = V1.TimeInForce.Gtd;
        request.ExpireTime = new Timestamp { Seconds = 1_900_000_000, Nanos = 5 };
        request.VenueId = "PAPER";

        var order = OrderRequestValidator.ValidateSubmit(request, TestInstruments.Catalog, Now, "tester");

        Assert.Equal(100.50m, order.StopPrice!.Value.Value);
        Assert.Equal(1_900_000_000L * UnixNanos.NanosPerSecond + 5, order.ExpireTime!.Value.Value);
        Assert.Equal("PAPER", order.Venue!.Value.Value);
    }

    [Fact]
    public void Unknown_instrument_is_refused() =>
        AssertRefused(Valid().With(r => r.InstrumentId = "NOPE.XNAS"), "instrument_id", "unknown instrument");

    [Theory]
    [InlineData("0", "must be positive")]
    [InlineData("-5", "must be positive")]
    [InlineData("10.5", "lot size")]
    [InlineData("", "is required")]
    [InlineData("1e3", "not a decimal string")]
    [InlineData("1,000", "not a decimal string")]
    [InlineData(" 100", "not a decimal string")]
    [InlineData("99999999999999999999999999999999", "out of range")]
    public void Bad_quantities_are_refused(string quantity, string fragment) =>
        AssertRefused(Valid().With(r => r.Quantity = quantity), "quantity", fragment);

    [Fact]
    public void Quantities_must_be_multiples_of_the_lot_size()
    {
        var request = Valid().With(r =>
        {
            r.InstrumentId = "EURUSD.FX";
            r.Quantity = "1500";
            r.LimitPrice = "1.08345";
        });

        AssertRefused(request, "quantity", "lot size 1000");
    }

    [Theory]
    [InlineData("101.255", "off the tick grid")]
    [InlineData("0", "must be positive")]
    [InlineData("abc", "not a decimal string")]
    public void Bad_limit_prices_are_refused(string price, string fragment) =>
        AssertRefused(Valid().With(r => r.LimitPrice = price), "limit_price", fragment);

    [Fact]
    public void Future_prices_follow_their_own_tick()
    {
        AssertRefused(Valid().With(r => { r.InstrumentId = "ESZ6.XCME"; r.LimitPrice = "5000.10"; }), "limit_price", "multiple of 0.25");
        var ok = OrderRequestValidator.ValidateSubmit(Valid().With(r => { r.InstrumentId = "ESZ6.XCME"; r.LimitPrice = "5000.25"; }), TestInstruments.Catalog, Now, "t");
        Assert.Equal(5000.25m, ok.LimitPrice!.Value.Value);
    }

    [Theory]
    [InlineData(V1.OrderType.Limit, "", "", "limit_price", "is required")]
    [InlineData(V1.OrderType.Market, "101", "", "limit_price", "must be empty")]
    [InlineData(V1.OrderType.Stop, "", "", "stop_price", "is required")]
    [InlineData(V1.OrderType.Limit, "101", "100", "stop_price", "must be empty")]
    [InlineData(V1.OrderType.StopLimit, "101", "", "stop_price", "is required")]
    public void Prices_must_match_the_order_type(V1.OrderType type, string limit, string stop, string field, string fragment) =>
        AssertRefused(Valid().With(r => { r.OrderType = type; r.LimitPrice = limit; r.StopPrice = stop; }), field, fragment);

    [Theory]
    [InlineData("account_id")]
    [InlineData("strategy_id")]
    [InlineData("instrument_id")]
    [InlineData("client_order_id")]
    public void Missing_ids_are_refused(string field)
    {
        var request = Valid();
        switch (field)
        {
            case "account_id": request.AccountId = ""; break;
            case "strategy_id": request.StrategyId = ""; break;
            case "instrument_id": request.InstrumentId = ""; break;
            default: request.ClientOrderId = ""; break;
        }

        AssertRefused(request, field, "is required");
    }

    [Fact]
    public void Oversized_ids_are_refused()
    {
        AssertRefused(Valid().With(r => r.AccountId = new string('A', 65)), "account_id", "at most 64");
        AssertRefused(Valid().With(r => r.ClientOrderId = new string('c', 65)), "client_order_id", "at most 64");
        AssertRefused(Valid().With(r => r.ClientOrderId = "has space"), "client_order_id", "printable ASCII");
        AssertRefused(Valid().With(r => r.ClientOrderId = "a|b"), "client_order_id", "reserved");
    }

    [Fact]
    public void A_client_order_id_of_64_characters_is_accepted()
    {
        var order = OrderRequestValidator.ValidateSubmit(Valid().With(r => r.ClientOrderId = new string('c', 64)), TestInstruments.Catalog, Now, "t");
        Assert.Equal(64, order.ClientOrderId.Value.Length);
    }

    [Fact]
    public void Unspecified_and_undefined_enums_are_refused()
    {
        AssertRefused(Valid().With(r => r.Side = V1.Side.Unspecified), "side", "is required");
        AssertRefused(Valid().With(r => r.Side = (V1.Side)99), "side", "99 is not a valid side");
        AssertRefused(Valid().With(r => r.OrderType = (V1.OrderType)42), "order_type", "42");
        AssertRefused(Valid().With(r => r.TimeInForce = V1.TimeInForce.Unspecified), "time_in_force", "is required");
    }

    [Fact]
    public void Expire_time_follows_the_time_in_force()
    {
        AssertRefused(Valid().With(r => r.TimeInForce = V1.TimeInForce.Gtd), "expire_time", "is required");
        AssertRefused(Valid().With(r => r.ExpireTime = new Timestamp { Seconds = 1_900_000_000 }), "expire_time", "only allowed with TIME_IN_FORCE_GTD");
        AssertRefused(Valid().With(r => { r.TimeInForce = V1.TimeInForce.Gtd; r.ExpireTime = new Timestamp { Seconds = 1_000 }; }), "expire_time", "not in the future");
        AssertRefused(Valid().With(r => { r.TimeInForce = V1.TimeInForce.Gtd; r.ExpireTime = new Timestamp { Seconds = 1_900_000_000, Nanos = -1 }; }), "expire_time", "nanos");
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var request = new V1.SubmitOrderRequest { Quantity = "x" };

        var fields = Violations(request).Select(v => v.Field).ToHashSet();

        Assert.Superset(new HashSet<string> { "account_id", "strategy_id", "instrument_id", "client_order_id", "side", "order_type", "time_in_force", "quantity" }, fields);
    }
}

internal static class RequestExtensions
{
    public static T With<T>(this T message, Action<T> change)
        where T : Google.Protobuf.IMessage<T>
    {
        var copy = message.Clone();
        change(copy);
        return copy;
    }
}
