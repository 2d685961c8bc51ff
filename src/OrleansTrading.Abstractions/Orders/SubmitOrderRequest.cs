using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Orders;

/// <summary>
/// A new order as a client asks for it. (<see cref="Account"/>, <see cref="ClientOrderId"/>) is the idempotency
/// key: the same request again returns the same order; a different request under a used id is refused.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.SubmitOrderRequest")]
public sealed record SubmitOrderRequest(
    [property: Id(0)] AccountId Account,
    [property: Id(1)] StrategyId Strategy,
    [property: Id(2)] InstrumentId Instrument,
    [property: Id(3)] ClientOrderId ClientOrderId,
    [property: Id(4)] OrderSide Side,
    [property: Id(5)] OrderType Type,
    [property: Id(6)] Quantity Quantity,
    [property: Id(7)] Price? LimitPrice,
    [property: Id(8)] Price? StopPrice,
    [property: Id(9)] TimeInForce TimeInForce,
    [property: Id(10)] UnixNanos? ExpireTime,
    [property: Id(11)] string Actor,
    [property: Id(12)] VenueId? Venue = null)
{
    /// <summary>True when <paramref name="other"/> asks for the same order (who asked, and when, do not matter).</summary>
    public bool IsSameOrderAs(SubmitOrderRequest other) =>
        Account == other.Account && Strategy == other.Strategy && Instrument == other.Instrument &&
        ClientOrderId == other.ClientOrderId && Side == other.Side && Type == other.Type &&
        Quantity == other.Quantity && LimitPrice == other.LimitPrice && StopPrice == other.StopPrice &&
        TimeInForce == other.TimeInForce && ExpireTime == other.ExpireTime && (Venue ?? default) == (other.Venue ?? default);
}
