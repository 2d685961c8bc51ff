using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Orders;

/// <summary>
/// One change to one order, as journaled in its account's event stream. <see cref="Sequence"/> is gapless per
/// account (resume a stream from the last one seen); <see cref="OrderVersion"/> is the order's own event number.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.OrderEvent")]
public sealed record OrderEvent(
    [property: Id(0)] long Sequence,
    [property: Id(1)] AccountId Account,
    [property: Id(2)] ClientOrderId ClientOrderId,
    [property: Id(3)] int OrderVersion,
    [property: Id(4)] OrderEventKind Kind,
    [property: Id(5)] OrderStatus Status,
    [property: Id(6)] Quantity FilledQuantity,
    [property: Id(7)] Quantity LeavesQuantity,
    [property: Id(8)] Quantity? LastQuantity,
    [property: Id(9)] Price? LastPrice,
    [property: Id(10)] string? Text,
    [property: Id(11)] UnixNanos TsEvent,
    [property: Id(12)] InstrumentId Instrument,
    [property: Id(13)] StrategyId Strategy,
    [property: Id(14)] OrderSide Side,
    [property: Id(15)] FillId? FillId = null,
    [property: Id(16)] Money? Commission = null);
