namespace OrleansTrading.Domain.Orders;

public static class OrderTypeExtensions
{
    /// <summary>True for the types that carry a limit price: Limit and StopLimit.</summary>
    public static bool HasLimitPrice(this OrderType type) => type is OrderType.Limit or OrderType.StopLimit;

    /// <summary>True for the types that carry a stop (trigger) price: Stop and StopLimit.</summary>
    public static bool HasStopPrice(this OrderType type) => type is OrderType.Stop or OrderType.StopLimit;
}
