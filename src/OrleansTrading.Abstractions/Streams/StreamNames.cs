namespace OrleansTrading.Abstractions.Streams;

/// <summary>Stream providers and namespaces, in one place.</summary>
public static class StreamNames
{
    /// <summary>The stream provider for order and position events (notifications; the journal is the record).</summary>
    public const string Provider = "events";

    /// <summary>Order events of one account: stream id <c>orders/{account}</c>, items <see cref="Orders.OrderEventBatch"/>.</summary>
    public const string OrdersNamespace = "orders";

    /// <summary>Position changes of one account: stream id <c>positions/{account}</c>, items <see cref="Positions.PositionView"/>.</summary>
    public const string PositionsNamespace = "positions";
}
