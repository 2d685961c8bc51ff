using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Domain.Orders;

namespace OrleansTrading.Api.Reporting;

/// <summary>One fill found in an account's order journal, with the side of its order.</summary>
public sealed record TradeRecord(OrderEvent Event, OrderSide Side)
{
    /// <summary>Journal events that carry an execution: a fill or partial fill with a size and a price.</summary>
    public static bool IsFill(OrderEvent e) =>
        e.Kind is OrderEventKind.PartiallyFilled or OrderEventKind.Filled && e.LastQuantity is { IsPositive: true } && e.LastPrice is not null;
}
