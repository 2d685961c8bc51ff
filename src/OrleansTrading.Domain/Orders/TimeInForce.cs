namespace OrleansTrading.Domain.Orders;

/// <summary>Time in force. Values match FIX TimeInForce (59).</summary>
public enum TimeInForce
{
    Day = 0,
    Gtc = 1,
    Ioc = 3,
    Fok = 4,
    Gtd = 6,
}
