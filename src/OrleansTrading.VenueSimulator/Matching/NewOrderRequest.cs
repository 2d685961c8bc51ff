using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// A new order as the venue receives it (FIX NewOrderSingle). Which prices must be present depends on
/// <paramref name="Type"/>: Limit needs <paramref name="LimitPrice"/>, Stop needs <paramref name="StopPrice"/>,
/// StopLimit both, Market neither. <paramref name="ExpireAt"/> is given exactly when <paramref name="TimeInForce"/> is Gtd.
/// </summary>
/// <param name="Account">Echoed on every report (FIX Account 1); the book does not interpret it.</param>
public sealed record NewOrderRequest(
    ParticipantId Participant,
    ClientOrderId ClientOrderId,
    InstrumentId Instrument,
    OrderSide Side,
    OrderType Type,
    Quantity Quantity,
    TimeInForce TimeInForce,
    Price? LimitPrice = null,
    Price? StopPrice = null,
    UnixNanos? ExpireAt = null,
    AccountId? Account = null);
