namespace OrleansTrading.Abstractions.Orders;

/// <summary>
/// An order's account refused its progress: a version the account already journaled was sent again with different
/// content, so the sender holds a stale copy of the order (e.g. an activation that outlived a newer one). The sender
/// must drop its copy and continue from the journal; nothing was journaled.
/// </summary>
[GenerateSerializer, Alias("ot.OrderVersionConflictException")]
public sealed class OrderVersionConflictException : Exception
{
    public OrderVersionConflictException()
    {
    }

    public OrderVersionConflictException(string message)
        : base(message)
    {
    }

    public OrderVersionConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OrderVersionConflictException(string orderKey, int version)
        : base($"Order {orderKey}: version {version} was journaled with different content; the sender's copy of the order is stale and must be reloaded from the journal.")
    {
        OrderKey = orderKey;
        Version = version;
    }

    [Id(0)] public string? OrderKey { get; init; }

    [Id(1)] public int Version { get; init; }
}
