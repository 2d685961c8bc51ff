namespace OrleansTrading.Domain.Orders;

/// <summary>Who refused an order: the platform (before it was sent, or when it never reached the venue), or the venue.</summary>
public enum RejectionSource
{
    Platform,
    Venue,
}
