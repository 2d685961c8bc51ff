using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Simulation;

/// <summary>
/// What the simulation models need to know about a working order, independent of the order state machine: the
/// caller (paper venue, backtester) builds it from its own order state before each evaluation.
/// </summary>
public readonly record struct OrderView
{
    /// <param name="clientOrderId">The order's id (also keys latency jitter, so each order's delays repeat).</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="type">Market, limit, stop or stop-limit.</param>
    /// <param name="timeInForce">IOC and FOK get one evaluation, after which the remainder is cancelled.</param>
    /// <param name="quantity">The order's total quantity.</param>
    /// <param name="filledQuantity">Filled so far (must be below <paramref name="quantity"/>: a filled order is not worked).</param>
    /// <param name="filledNotional">Σ price × quantity × multiplier of the fills so far (fee models charge per order on it).</param>
    /// <param name="limitPrice">Required for limit and stop-limit orders, absent otherwise.</param>
    /// <param name="stopPrice">Required for stop and stop-limit orders, absent otherwise.</param>
    /// <param name="stopTriggered">True once an earlier evaluation reported the stop triggered.</param>
    public OrderView(
        ClientOrderId clientOrderId,
        OrderSide side,
        OrderType type,
        TimeInForce timeInForce,
        Quantity quantity,
        Quantity filledQuantity = default,
        decimal filledNotional = 0m,
        Price? limitPrice = null,
        Price? stopPrice = null,
        bool stopTriggered = false)
    {
        var error = Check(clientOrderId, side, type, timeInForce, quantity, filledQuantity, limitPrice, stopPrice);
        if (error is not null)
        {
            throw new ArgumentException(error);
        }

        ClientOrderId = clientOrderId;
        Side = side;
        Type = type;
        TimeInForce = timeInForce;
        Quantity = quantity;
        FilledQuantity = filledQuantity;
        FilledNotional = filledNotional;
        LimitPrice = limitPrice;
        StopPrice = stopPrice;
        StopTriggered = stopTriggered;
    }

    public ClientOrderId ClientOrderId { get; }

    public OrderSide Side { get; }

    public OrderType Type { get; }

    public TimeInForce TimeInForce { get; }

    public Quantity Quantity { get; }

    public Quantity FilledQuantity { get; }

    public decimal FilledNotional { get; }

    public Price? LimitPrice { get; }

    public Price? StopPrice { get; }

    public bool StopTriggered { get; }

    public Quantity LeavesQuantity => Quantity - FilledQuantity;

    /// <summary>The same order after a fill of <paramref name="quantity"/> at <paramref name="notional"/> (and the stop state seen).</summary>
    public OrderView WithFill(Quantity quantity, decimal notional, bool stopTriggered) =>
        new(ClientOrderId, Side, Type, TimeInForce, Quantity, FilledQuantity + quantity, FilledNotional + notional, LimitPrice, StopPrice, StopTriggered || stopTriggered);

    private static string? Check(
        ClientOrderId id,
        OrderSide side,
        OrderType type,
        TimeInForce timeInForce,
        Quantity quantity,
        Quantity filled,
        Price? limitPrice,
        Price? stopPrice)
    {
        if (id.Value is null)
        {
            return "The order view needs the order's client order id.";
        }

        if (!Enum.IsDefined(side) || !Enum.IsDefined(type) || !Enum.IsDefined(timeInForce))
        {
            return $"Order {id}: side {side}, type {type} or time in force {timeInForce} is not a known value.";
        }

        if (!quantity.IsPositive)
        {
            return $"Order {id}: quantity must be positive.";
        }

        if (filled >= quantity)
        {
            return $"Order {id}: filled {filled} of {quantity}; a completely filled order has nothing left to work.";
        }

        var needsLimit = type is OrderType.Limit or OrderType.StopLimit;
        if (needsLimit != limitPrice.HasValue)
        {
            return needsLimit ? $"Order {id}: a {type} order needs a limit price." : $"Order {id}: a {type} order takes no limit price.";
        }

        var needsStop = type is OrderType.Stop or OrderType.StopLimit;
        if (needsStop != stopPrice.HasValue)
        {
            return needsStop ? $"Order {id}: a {type} order needs a stop price." : $"Order {id}: a {type} order takes no stop price.";
        }

        return null;
    }
}
