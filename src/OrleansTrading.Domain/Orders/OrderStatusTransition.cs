namespace OrleansTrading.Domain.Orders;

/// <summary>One allowed status change and what causes it.</summary>
public sealed record OrderStatusTransition(OrderStatus From, OrderStatus To, string Cause);
