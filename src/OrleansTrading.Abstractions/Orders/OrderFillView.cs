using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Orders;

[GenerateSerializer, Immutable, Alias("ot.OrderFillView")]
public sealed record OrderFillView(
    [property: Id(0)] FillId FillId,
    [property: Id(1)] ExecId ExecId,
    [property: Id(2)] Quantity Quantity,
    [property: Id(3)] Price Price,
    [property: Id(4)] Money Commission,
    [property: Id(5)] UnixNanos TsEvent);
