using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Positions;

/// <summary>One fill, sent by its order to the position it changes. <see cref="FillId"/> makes application exactly-once.</summary>
[GenerateSerializer, Immutable, Alias("ot.PositionFill")]
public sealed record PositionFill(
    [property: Id(0)] FillId FillId,
    [property: Id(1)] AccountId Account,
    [property: Id(2)] StrategyId Strategy,
    [property: Id(3)] InstrumentId Instrument,
    [property: Id(4)] ClientOrderId ClientOrderId,
    [property: Id(5)] OrderSide Side,
    [property: Id(6)] Quantity Quantity,
    [property: Id(7)] Price Price,
    [property: Id(8)] Money Commission,
    [property: Id(9)] UnixNanos TsEvent,
    [property: Id(10)] UnixNanos TsInit);
