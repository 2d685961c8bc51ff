using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Orders;

/// <summary>Change an open order's quantity and/or prices (a FIX cancel/replace); null keeps the current value.</summary>
[GenerateSerializer, Immutable, Alias("ot.ReplaceOrderRequest")]
public sealed record ReplaceOrderRequest(
    [property: Id(0)] Quantity? Quantity,
    [property: Id(1)] Price? LimitPrice,
    [property: Id(2)] Price? StopPrice,
    [property: Id(3)] string Actor);
