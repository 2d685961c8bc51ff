using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Orders;

/// <summary>What a venue said about an order (a FIX ExecutionReport, or the paper venue's equivalent).</summary>
[GenerateSerializer, Immutable, Alias("ot.ExecutionReportMessage")]
public sealed record ExecutionReportMessage(
    [property: Id(0)] VenueId Venue,
    [property: Id(1)] ExecId ExecId,
    [property: Id(2)] ExecutionKind Kind,
    [property: Id(3)] OrderStatus Status,
    [property: Id(4)] ClientOrderId VenueClientOrderId,
    [property: Id(5)] ClientOrderId? OrigVenueClientOrderId,
    [property: Id(6)] VenueOrderId? VenueOrderId,
    [property: Id(7)] Quantity LastQuantity,
    [property: Id(8)] Price LastPrice,
    [property: Id(9)] Quantity CumulativeQuantity,
    [property: Id(10)] Quantity LeavesQuantity,
    [property: Id(11)] Price AveragePrice,
    [property: Id(12)] Money? Commission,
    [property: Id(13)] string? Text,
    [property: Id(14)] UnixNanos TransactTime,
    [property: Id(15)] bool PossibleDuplicate,
    [property: Id(16)] Quantity? OrderQuantity = null,
    [property: Id(17)] Price? LimitPrice = null);
