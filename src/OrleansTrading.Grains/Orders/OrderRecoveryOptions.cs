namespace OrleansTrading.Grains.Orders;

/// <summary>
/// How an order grain recovers an order whose hand-off to the venue is unconfirmed (<c>OrleansTrading:OrderRecovery</c>):
/// after a failure it asks the venue for the order's status; if the venue has no record of an order it never
/// acknowledged, the order is sent again (same ClOrdID, so the venue cannot take it twice) while it is younger than
/// <see cref="ResendUnacknowledgedWithin"/>, and rejected as never having reached the venue once it is older — a
/// stale order is never sent into the market late.
/// </summary>
public sealed class OrderRecoveryOptions
{
    public TimeSpan ResendUnacknowledgedWithin { get; init; } = TimeSpan.FromMinutes(2);
}
