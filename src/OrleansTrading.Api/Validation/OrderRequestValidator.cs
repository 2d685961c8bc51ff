using System.Globalization;
using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Api.Errors;
using OrleansTrading.Api.Mapping;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using V1 = OrleansTrading.Api.V1;

namespace OrleansTrading.Api.Validation;

/// <summary>Turns order requests into grain requests, or lists everything wrong with them.</summary>
public static class OrderRequestValidator
{
    /// <summary>The most problems one INVALID_ARGUMENT for a basket lists.</summary>
    public const int MaxListedViolations = 50;

    public static SubmitOrderRequest ValidateSubmit(V1.SubmitOrderRequest request, IInstrumentCatalog catalog, UnixNanos now, string actor)
    {
        var v = new RequestValidation();
        var order = ValidateSubmit(request, catalog, now, actor, v);
        v.ThrowIfInvalid();
        return order!;
    }

    /// <summary>
    /// A basket of submissions (SubmitOrders): every order valid, no (account, client order id) twice, at least one order
    /// and at most <see cref="ApiLimits.MaxOrdersPerBasket"/> — or one INVALID_ARGUMENT naming every problem as
    /// <c>orders[i].field</c>.
    /// </summary>
    public static IReadOnlyList<SubmitOrderRequest> ValidateBasket(V1.SubmitOrdersRequest request, IInstrumentCatalog catalog, UnixNanos now, string actor)
    {
        if (request.Orders.Count is 0 or > ApiLimits.MaxOrdersPerBasket)
        {
            throw ApiErrors.InvalidArgument("orders", $"has {request.Orders.Count} orders; send 1 to {ApiLimits.MaxOrdersPerBasket}");
        }

        var violations = new List<FieldViolation>();
        var orders = new List<SubmitOrderRequest>(request.Orders.Count);
        var firstByKey = new Dictionary<(string Account, string ClientOrderId), int>();
        for (var i = 0; i < request.Orders.Count; i++)
        {
            var item = request.Orders[i];
            var v = new RequestValidation($"orders[{i.ToString(CultureInfo.InvariantCulture)}].");
            if (ValidateSubmit(item, catalog, now, actor, v) is { } order)
            {
                orders.Add(order);
                // only a valid order's key is compared (and named): its account and id are known to be short and printable
                if (!firstByKey.TryAdd((item.AccountId, item.ClientOrderId), i))
                {
                    v.Add("client_order_id", $"'{item.ClientOrderId}' for account {item.AccountId} repeats orders[{firstByKey[(item.AccountId, item.ClientOrderId)].ToString(CultureInfo.InvariantCulture)}]; each order of a basket needs its own");
                }
            }

            violations.AddRange(v.Violations);
        }

        if (violations.Count > MaxListedViolations)
        {
            // an error's details travel in trailers, which clients cap (often at 8–64 KiB): the first problems say enough
            var more = violations.Count - MaxListedViolations;
            violations = [.. violations.Take(MaxListedViolations), new FieldViolation("orders", $"and {more.ToString(CultureInfo.InvariantCulture)} more problems not listed; fix these and send again")];
        }

        if (violations.Count > 0)
        {
            throw ApiErrors.InvalidArgument(violations);
        }

        return orders;
    }

    /// <summary>The submission, or nothing with its problems added to <paramref name="v"/>.</summary>
    private static SubmitOrderRequest? ValidateSubmit(V1.SubmitOrderRequest request, IInstrumentCatalog catalog, UnixNanos now, string actor, RequestValidation v)
    {
        var account = v.Account("account_id", request.AccountId);
        var strategy = v.Strategy("strategy_id", request.StrategyId);
        var clientOrderId = v.ClientOrderId("client_order_id", request.ClientOrderId);
        var venue = v.OptionalVenue("venue_id", request.VenueId);
        var instrumentId = v.Instrument("instrument_id", request.InstrumentId);
        var instrument = Known(v, catalog, request.InstrumentId);

        var side = ProtoEnums.ToDomain(request.Side);
        if (side is null)
        {
            v.Add("side", Unspecified("side", (int)request.Side, "SIDE_BUY or SIDE_SELL"));
        }

        var type = ProtoEnums.ToDomain(request.OrderType);
        if (type is null)
        {
            v.Add("order_type", Unspecified("order_type", (int)request.OrderType, "ORDER_TYPE_MARKET, _LIMIT, _STOP or _STOP_LIMIT"));
        }

        var tif = ProtoEnums.ToDomain(request.TimeInForce);
        if (tif is null)
        {
            v.Add("time_in_force", Unspecified("time_in_force", (int)request.TimeInForce, "TIME_IN_FORCE_DAY, _GTC, _IOC, _FOK or _GTD"));
        }

        var quantity = v.Decimal("quantity", request.Quantity);
        CheckQuantity(v, "quantity", request.Quantity, quantity, instrument);

        var limit = v.OptionalDecimal("limit_price", request.LimitPrice);
        var stop = v.OptionalDecimal("stop_price", request.StopPrice);
        if (type is { } t)
        {
            var needsLimit = t is OrderType.Limit or OrderType.StopLimit;
            var needsStop = t is OrderType.Stop or OrderType.StopLimit;
            RequireIf(v, "limit_price", request.LimitPrice, needsLimit, t);
            RequireIf(v, "stop_price", request.StopPrice, needsStop, t);
        }

        CheckPrice(v, "limit_price", limit, instrument);
        CheckPrice(v, "stop_price", stop, instrument);

        var expire = v.OptionalTimestamp("expire_time", request.ExpireTime);
        if (tif == TimeInForce.Gtd && request.ExpireTime is null)
        {
            v.Add("expire_time", "is required for TIME_IN_FORCE_GTD (good till date)");
        }
        else if (tif is { } f && f != TimeInForce.Gtd && request.ExpireTime is not null)
        {
            v.Add("expire_time", "is only allowed with TIME_IN_FORCE_GTD; leave it empty or use GTD");
        }
        else if (expire is { } e && e <= now)
        {
            v.Add("expire_time", $"{e} is not in the future (now {now})");
        }

        if (!v.IsValid)
        {
            return null;
        }

        return new SubmitOrderRequest(
            account, strategy, instrumentId, clientOrderId, side!.Value, type!.Value, new Quantity(quantity),
            limit is { } l ? new Price(l) : null, stop is { } s ? new Price(s) : null, tif!.Value, expire, actor, venue);
    }

    /// <summary>Validates a replace against the current order: at least one change, each on the instrument's grids.</summary>
    public static ReplaceOrderRequest ValidateReplace(V1.ReplaceOrderRequest request, OrderView current, IInstrumentCatalog catalog, string actor)
    {
        var v = new RequestValidation();
        var instrument = catalog.Find(current.Instrument);
        var quantity = v.OptionalDecimal("quantity", request.Quantity);
        if (quantity is not null)
        {
            CheckQuantity(v, "quantity", request.Quantity, quantity.Value, instrument);
        }

        var limit = v.OptionalDecimal("limit_price", request.LimitPrice);
        var stop = v.OptionalDecimal("stop_price", request.StopPrice);
        if (limit is not null && current.Type is not (OrderType.Limit or OrderType.StopLimit))
        {
            v.Add("limit_price", $"cannot be set on a {current.Type} order; only LIMIT and STOP_LIMIT orders have a limit price");
        }

        if (stop is not null && current.Type is not (OrderType.Stop or OrderType.StopLimit))
        {
            v.Add("stop_price", $"cannot be set on a {current.Type} order; only STOP and STOP_LIMIT orders have a stop price");
        }

        CheckPrice(v, "limit_price", limit, instrument);
        CheckPrice(v, "stop_price", stop, instrument);
        if (v.IsValid && quantity is null && limit is null && stop is null)
        {
            v.Add("quantity", "nothing to change: set quantity, limit_price or stop_price");
        }

        v.ThrowIfInvalid();
        return new ReplaceOrderRequest(
            quantity is { } q ? new Quantity(q) : null, limit is { } l ? new Price(l) : null, stop is { } s ? new Price(s) : null, actor);
    }

    public static void CheckQuantity(RequestValidation v, string field, string text, decimal quantity, Instrument? instrument)
    {
        if (string.IsNullOrEmpty(text) || !DecimalText.TryParse(text, out _, out _))
        {
            return;
        }

        if (quantity <= 0m)
        {
            v.Add(field, $"is {text}; it must be positive");
        }
        else if (instrument is not null && !instrument.IsLotMultiple(new Quantity(quantity)))
        {
            v.Add(field, $"{text} is not a multiple of the lot size {instrument.LotSize} of {instrument.Id}");
        }
    }

    public static void CheckPrice(RequestValidation v, string field, decimal? price, Instrument? instrument)
    {
        if (price is not { } p || instrument is null)
        {
            return;
        }

        if (p <= 0m && instrument.AssetClass != AssetClass.Future)
        {
            v.Add(field, $"is {DecimalText.Format(p)}; prices of {instrument.AssetClass} instruments must be positive");
        }
        else if (!instrument.IsOnTickGrid(new Price(p)))
        {
            v.Add(field, $"{DecimalText.Format(p)} is off the tick grid of {instrument.Id}: use a multiple of {DecimalText.Format(instrument.TickSize)}");
        }
    }

    /// <summary>The instrument when the catalog knows it; otherwise records the problem.</summary>
    public static Instrument? Known(RequestValidation v, IInstrumentCatalog catalog, string instrumentId)
    {
        if (Domain.Identifiers.Identifier.Check(instrumentId, "instrument_id") is not null)
        {
            return null;
        }

        var instrument = catalog.Find(new Domain.Identifiers.InstrumentId(instrumentId));
        if (instrument is null)
        {
            v.Add("instrument_id", $"'{instrumentId}' is not an instrument this platform trades (unknown instrument); check the id, e.g. AAPL.XNAS");
        }

        return instrument;
    }

    private static void RequireIf(RequestValidation v, string field, string text, bool needed, OrderType type)
    {
        if (needed && string.IsNullOrEmpty(text))
        {
            v.Add(field, $"is required for a {Name(type)} order");
        }
        else if (!needed && !string.IsNullOrEmpty(text))
        {
            v.Add(field, $"must be empty for a {Name(type)} order");
        }
    }

    private static string Name(OrderType type) => type switch
    {
        OrderType.StopLimit => "STOP_LIMIT",
        _ => type.ToString().ToUpperInvariant(),
    };

    private static string Unspecified(string field, int value, string allowed) =>
        value == 0 ? $"is required: use {allowed}" : $"{value} is not a valid {field}; use {allowed}";
}
