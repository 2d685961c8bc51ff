namespace OrleansTrading.Domain.Orders;

/// <summary>Order type. Values match FIX OrdType (40).</summary>
public enum OrderType
{
    Market = 1,
    Limit = 2,
    Stop = 3,
    StopLimit = 4,
}
