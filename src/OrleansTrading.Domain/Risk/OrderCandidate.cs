using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Risk;

/// <summary>
/// The facts the pre-trade check needs about an order that is about to be submitted. The owner maps its order type
/// into this: <paramref name="OrderPrice"/> is the price the order can trade at (limit price for limit and stop-limit
/// orders, trigger price for stop orders) and null for market orders, which use the last price as reference.
/// </summary>
public readonly record struct OrderCandidate(
    InstrumentId Instrument,
    StrategyId Strategy,
    OrderSide Side,
    Quantity Quantity,
    Price? OrderPrice = null)
{
    public bool IsMarket => OrderPrice is null;
}
