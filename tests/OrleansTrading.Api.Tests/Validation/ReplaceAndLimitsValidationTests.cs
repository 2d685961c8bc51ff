using System.Collections.Immutable;
using Grpc.Core;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Api.Validation;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using V1 = OrleansTrading.Api.V1;

namespace OrleansTrading.Api.Tests.Validation;

public sealed class ReplaceAndLimitsValidationTests
{
    private static OrderView OpenLimitOrder() => new(
        new AccountId("ACC-1"), new StrategyId("S-1"), new InstrumentId("AAPL.XNAS"), new ClientOrderId("c-1"), new ClientOrderId("c-1"),
        null, new VenueId("PAPER"), OrderSide.Buy, OrderType.Limit, TimeInForce.Day, new Quantity(100m), new Price(101m), null, null,
        OrderStatus.New, Quantity.Zero, new Quantity(100m), null, null, UnixNanos.Epoch, UnixNanos.Epoch, 2, []);

    [Fact]
    public void A_replace_changes_only_what_it_names()
    {
        var replace = OrderRequestValidator.ValidateReplace(new V1.ReplaceOrderRequest { Quantity = "200" }, OpenLimitOrder(), TestInstruments.Catalog, "t");

        Assert.Equal(200m, replace.Quantity!.Value.Value);
        Assert.Null(replace.LimitPrice);
        Assert.Null(replace.StopPrice);
    }

    [Theory]
    [InlineData("", "", "", "quantity", "nothing to change")]
    [InlineData("", "101.001", "", "limit_price", "tick grid")]
    [InlineData("", "", "99", "stop_price", "only STOP and STOP_LIMIT")]
    [InlineData("0", "", "", "quantity", "must be positive")]
    public void Invalid_replaces_are_refused(string quantity, string limit, string stop, string field, string fragment)
    {
        var request = new V1.ReplaceOrderRequest { Quantity = quantity, LimitPrice = limit, StopPrice = stop };

        var ex = Assert.Throws<RpcException>(() => OrderRequestValidator.ValidateReplace(request, OpenLimitOrder(), TestInstruments.Catalog, "t"));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains($"{field}: ", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains(fragment, ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Risk_limits_map_every_field()
    {
        var limits = new V1.RiskLimits
        {
            MaxOrderQuantity = "1000",
            MaxOrderNotional = "250000.50",
            MaxPositionPerInstrument = "5000",
            MaxGrossNotional = "1000000",
            MaxDailyDrawdown = "20000",
            DrawdownBreachMode = V1.TradingMode.ReduceOnly,
            MaxMarginUtilisation = "0.8",
            MaxOrdersPerSecond = 50,
            OrderBurst = 100,
            PriceCollarPercent = "5",
            RefuseWithoutReferencePrice = true,
        };
        limits.MaxPositionByInstrument.Add("AAPL.XNAS", "300");
        limits.InitialMarginRates.Add("ESZ6.XCME", "0.06");
        var v = new RequestValidation();

        var settings = RiskLimitsValidator.Read(v, "limits", limits, TestInstruments.Catalog);

        Assert.True(v.IsValid);
        Assert.Equal(new Quantity(1000m), settings.MaxOrderQuantity);
        Assert.Equal(250000.50m, settings.MaxOrderNotional);
        Assert.Equal(new Quantity(5000m), settings.MaxPositionPerInstrument);
        Assert.Equal(new Quantity(300m), settings.MaxPositionByInstrument![new InstrumentId("AAPL.XNAS")]);
        Assert.Equal(TradingMode.ReduceOnly, settings.DrawdownBreachMode);
        Assert.Equal(0.8m, settings.MaxMarginUtilisation);
        Assert.Equal(50, settings.MaxOrdersPerSecond);
        Assert.Equal(100, settings.OrderBurst);
        Assert.Equal(5m, settings.PriceCollarPercent);
        Assert.True(settings.RefuseWithoutReferencePrice);
        Assert.Equal(0.06m, settings.InitialMarginRates![new InstrumentId("ESZ6.XCME")]);
    }

    [Fact]
    public void Empty_limits_clear_everything()
    {
        var v = new RequestValidation();

        var settings = RiskLimitsValidator.Read(v, "limits", new V1.RiskLimits(), TestInstruments.Catalog);

        Assert.True(v.IsValid);
        Assert.Equal(RiskLimitSettings.None, settings);
    }

    [Fact]
    public void Bad_limits_name_each_field()
    {
        var limits = new V1.RiskLimits { MaxOrderQuantity = "-1", MaxMarginUtilisation = "1.5", DrawdownBreachMode = V1.TradingMode.Active, MaxOrdersPerSecond = -3 };
        limits.MaxPositionByInstrument.Add("NOPE.X", "10");
        var v = new RequestValidation();

        RiskLimitsValidator.Read(v, "limits", limits, TestInstruments.Catalog);

        var fields = v.Violations.Select(x => x.Field).ToImmutableHashSet();
        Assert.Contains("limits.max_order_quantity", fields);
        Assert.Contains("limits.max_margin_utilisation", fields);
        Assert.Contains("limits.drawdown_breach_mode", fields);
        Assert.Contains("limits.max_orders_per_second", fields);
        Assert.Contains("limits.max_position_by_instrument[NOPE.X]", fields);
    }

    [Fact]
    public void A_scope_must_name_exactly_one_target()
    {
        var v = new RequestValidation();
        Assert.Equal(ScopeKind.Account, Scope.Read(v, "scope", new V1.PortfolioScope { AccountId = "ACC-1" }).Kind);
        Assert.Equal(ScopeKind.Fund, Scope.Read(v, "scope", new V1.PortfolioScope { FundId = "F-1" }).Kind);
        Assert.Equal(ScopeKind.Global, Scope.Read(v, "scope", new V1.RiskScope { Global = true }).Kind);
        Assert.True(v.IsValid);

        Scope.Read(v, "scope", (V1.PortfolioScope?)null);
        Scope.Read(v, "risk", new V1.RiskScope { Global = false });
        Scope.Read(v, "limits_scope", new V1.RiskScope { Global = true }, allowGlobal: false);
        Scope.Read(v, "bad", new V1.RiskScope { AccountId = "" });

        Assert.Equal(["scope", "risk.global", "limits_scope.global", "bad.account_id"], v.Violations.Select(x => x.Field));
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 1)]
    [InlineData(1000, 1000)]
    public void Page_sizes_default_and_stay_in_range(int requested, int expected)
    {
        var v = new RequestValidation();
        Assert.Equal(expected, v.PageSize("page_size", requested));
        Assert.True(v.IsValid);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1001)]
    public void Page_sizes_out_of_range_are_refused(int requested)
    {
        var v = new RequestValidation();
        v.PageSize("page_size", requested);
        Assert.Equal("page_size", Assert.Single(v.Violations).Field);
    }
}
