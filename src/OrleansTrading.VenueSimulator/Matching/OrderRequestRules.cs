using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>What makes a new order or a replacement well formed for an instrument, independent of book state.</summary>
internal static class OrderRequestRules
{
    public static Rejection? CheckNewOrder(NewOrderRequest request, Instrument instrument, UnixNanos now)
    {
        if (!Enum.IsDefined(request.Side))
        {
            return new(OrderRejectReason.UnsupportedOrderCharacteristic, $"Side {(int)request.Side} is not supported; use Buy (1) or Sell (2).");
        }

        if (!Enum.IsDefined(request.Type))
        {
            return new(OrderRejectReason.UnsupportedOrderCharacteristic, $"OrdType {(int)request.Type} is not supported; use Market (1), Limit (2), Stop (3) or StopLimit (4).");
        }

        if (!Enum.IsDefined(request.TimeInForce))
        {
            return new(OrderRejectReason.UnsupportedOrderCharacteristic, $"TimeInForce {(int)request.TimeInForce} is not supported; use Day (0), GTC (1), IOC (3), FOK (4) or GTD (6).");
        }

        return CheckQuantity(request.Quantity, instrument)
            ?? CheckPrices(request.Type, request.LimitPrice, request.StopPrice, instrument)
            ?? CheckExpiry(request, now);
    }

    public static Rejection? CheckQuantity(Quantity quantity, Instrument instrument)
    {
        if (!quantity.IsPositive)
        {
            return new(OrderRejectReason.IncorrectQuantity, $"OrderQty must be positive, not {quantity}.");
        }

        return instrument.IsLotMultiple(quantity)
            ? null
            : new(OrderRejectReason.IncorrectQuantity, $"OrderQty {quantity} is not a whole number of lots of {instrument.LotSize} for {instrument.Id}.");
    }

    public static Rejection? CheckPrices(OrderType type, Price? limitPrice, Price? stopPrice, Instrument instrument)
    {
        var needsLimit = type is OrderType.Limit or OrderType.StopLimit;
        var needsStop = type is OrderType.Stop or OrderType.StopLimit;
        if (needsLimit != limitPrice.HasValue)
        {
            return new(OrderRejectReason.UnsupportedOrderCharacteristic, needsLimit
                ? $"A {type} order needs a limit Price (44)."
                : $"A {type} order must not carry a limit Price (44); send a Limit or StopLimit order to set one.");
        }

        if (needsStop != stopPrice.HasValue)
        {
            return new(OrderRejectReason.UnsupportedOrderCharacteristic, needsStop
                ? $"A {type} order needs a StopPx (99)."
                : $"A {type} order must not carry a StopPx (99); send a Stop or StopLimit order to set one.");
        }

        if (limitPrice is { } limit && !instrument.IsOnTickGrid(limit))
        {
            return new(OrderRejectReason.Other, $"Price {limit} is not on the tick grid of {instrument.Id} (multiples of {instrument.TickSize}).");
        }

        if (stopPrice is { } stop && !instrument.IsOnTickGrid(stop))
        {
            return new(OrderRejectReason.Other, $"StopPx {stop} is not on the tick grid of {instrument.Id} (multiples of {instrument.TickSize}).");
        }

        return null;
    }

    private static Rejection? CheckExpiry(NewOrderRequest request, UnixNanos now)
    {
        if (request.TimeInForce != TimeInForce.Gtd)
        {
            return request.ExpireAt is null
                ? null
                : new(OrderRejectReason.UnsupportedOrderCharacteristic, $"ExpireTime (126) is only allowed with TimeInForce GTD, not {request.TimeInForce}.");
        }

        if (request.ExpireAt is not { } expireAt)
        {
            return new(OrderRejectReason.UnsupportedOrderCharacteristic, "A GTD order needs an ExpireTime (126).");
        }

        return expireAt > now
            ? null
            : new(OrderRejectReason.Other, $"ExpireTime {expireAt} is not after the order's arrival {now}; a GTD order must expire in the future.");
    }
}
