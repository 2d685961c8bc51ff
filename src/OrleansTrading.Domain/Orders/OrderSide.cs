namespace OrleansTrading.Domain.Orders;

/// <summary>Order side. Values match FIX Side (54) so they map onto the wire without a table.</summary>
public enum OrderSide
{
    Buy = 1,
    Sell = 2,
}

public static class OrderSideExtensions
{
    /// <summary>+1 for a buy, -1 for a sell: the sign a fill of this side gives to a net position.</summary>
    public static int Sign(this OrderSide side) => side switch
    {
        OrderSide.Buy => 1,
        OrderSide.Sell => -1,
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "Unknown order side."),
    };

    public static OrderSide Opposite(this OrderSide side) => side == OrderSide.Buy ? OrderSide.Sell : OrderSide.Buy;
}
