using OrleansTrading.Abstractions.Orders;

namespace OrleansTrading.Api.Reporting;

public static class FillEvents
{
    /// <summary>Journal events that carry an execution: a fill or partial fill with a size and a price.</summary>
    public static bool IsFill(OrderEvent e) =>
        e.Kind is OrderEventKind.PartiallyFilled or OrderEventKind.Filled && e.LastQuantity is { IsPositive: true } && e.LastPrice is not null;
}
