using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Orders;

/// <summary>
/// What a client asks for when it submits an order. <see cref="Validate"/> checks it against the instrument and
/// returns every problem at once (empty when valid), each with a field, a code from <see cref="OrderValidationCodes"/>
/// or <see cref="InstrumentValidationCodes"/>, and a sentence.
/// </summary>
/// <param name="ClientOrderId">The client's id for the order (FIX ClOrdID); also the order's identity for its whole life.</param>
/// <param name="Venue">Where the order goes; with the ExecID it makes fill ids deterministic.</param>
public sealed record OrderSpecification(
    ClientOrderId ClientOrderId,
    AccountId Account,
    StrategyId Strategy,
    InstrumentId Instrument,
    VenueId Venue,
    OrderSide Side,
    OrderType Type,
    TimeInForce TimeInForce,
    Quantity Quantity)
{
    /// <summary>Required for Limit and StopLimit, forbidden for Market and Stop.</summary>
    public Price? LimitPrice { get; init; }

    /// <summary>The trigger price: required for Stop and StopLimit, forbidden for Market and Limit.</summary>
    public Price? StopPrice { get; init; }

    /// <summary>Required for GTD (and must be in the future), forbidden otherwise.</summary>
    public UnixNanos? ExpireTime { get; init; }

    public static class Fields
    {
        public const string Instrument = "instrument_id";
        public const string Side = "side";
        public const string Type = "order_type";
        public const string TimeInForce = "time_in_force";
        public const string Quantity = "quantity";
        public const string LimitPrice = "limit_price";
        public const string StopPrice = "stop_price";
        public const string ExpireTime = "expire_time";
    }

    /// <summary>Every reason this request is not acceptable for <paramref name="instrument"/> at <paramref name="now"/>; empty when it is.</summary>
    public IReadOnlyList<ValidationError> Validate(Instrument instrument, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var errors = new List<ValidationError>();
        if (instrument.Id != Instrument)
        {
            errors.Add(new(Fields.Instrument, OrderValidationCodes.InstrumentMismatch, $"The order is for {Instrument} but was checked against {instrument.Id}."));
        }

        if (!Enum.IsDefined(Side))
        {
            errors.Add(new(Fields.Side, OrderValidationCodes.SideInvalid, $"Side {(int)Side} is not valid; use Buy or Sell."));
        }

        var typeKnown = Enum.IsDefined(Type);
        if (!typeKnown)
        {
            errors.Add(new(Fields.Type, OrderValidationCodes.OrderTypeInvalid, $"Order type {(int)Type} is not valid; use Market, Limit, Stop or StopLimit."));
        }

        if (!Enum.IsDefined(TimeInForce))
        {
            errors.Add(new(Fields.TimeInForce, OrderValidationCodes.TimeInForceInvalid, $"Time in force {(int)TimeInForce} is not valid; use Day, Gtc, Ioc, Fok or Gtd."));
        }

        if (instrument.CheckQuantity(Quantity, Fields.Quantity) is { } quantityError)
        {
            errors.Add(quantityError);
        }

        if (typeKnown)
        {
            CheckPrice(errors, instrument, LimitPrice, Type.HasLimitPrice(), Fields.LimitPrice, "limit", OrderValidationCodes.LimitPriceRequired, OrderValidationCodes.LimitPriceNotAllowed);
            CheckPrice(errors, instrument, StopPrice, Type.HasStopPrice(), Fields.StopPrice, "stop", OrderValidationCodes.StopPriceRequired, OrderValidationCodes.StopPriceNotAllowed);
        }

        if (Type == OrderType.Market && TimeInForce is TimeInForce.Gtc or TimeInForce.Gtd)
        {
            errors.Add(new(Fields.TimeInForce, OrderValidationCodes.TimeInForceNotAllowedForMarket, $"A market order executes at once, so it cannot be {TimeInForce}; use Day, Ioc or Fok, or send a limit order."));
        }

        if (TimeInForce == TimeInForce.Gtd)
        {
            if (ExpireTime is not { } expireTime)
            {
                errors.Add(new(Fields.ExpireTime, OrderValidationCodes.ExpireTimeRequired, "A GTD order needs an expire time."));
            }
            else if (expireTime <= now)
            {
                errors.Add(new(Fields.ExpireTime, OrderValidationCodes.ExpireTimeNotInFuture, $"Expire time {expireTime} is not after now ({now}); give a future time."));
            }
        }
        else if (ExpireTime is not null)
        {
            errors.Add(new(Fields.ExpireTime, OrderValidationCodes.ExpireTimeNotAllowed, $"Only GTD orders take an expire time; remove it or use time in force Gtd."));
        }

        return errors;
    }

    private void CheckPrice(
        List<ValidationError> errors,
        Instrument instrument,
        Price? price,
        bool required,
        string field,
        string kind,
        string requiredCode,
        string notAllowedCode)
    {
        if (price is { } value)
        {
            if (!required)
            {
                errors.Add(new(field, notAllowedCode, $"A {Type} order takes no {kind} price; remove it."));
            }
            else if (instrument.CheckPrice(value, field) is { } priceError)
            {
                errors.Add(priceError);
            }
        }
        else if (required)
        {
            errors.Add(new(field, requiredCode, $"A {Type} order needs a {kind} price."));
        }
    }
}
