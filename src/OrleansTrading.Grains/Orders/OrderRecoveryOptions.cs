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

    /// <summary>How long after a failed send or status request the venue is asked again; doubles on each failure.</summary>
    public TimeSpan RetryVenueAfter { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between two attempts to reach the venue about one order.</summary>
    public TimeSpan MaxRetryVenueAfter { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a cancel or replace the venue took may go unanswered before the order asks the venue for its status
    /// (a venue showing the order simply working never received the request, and the order can be cancelled again).
    /// </summary>
    public TimeSpan RequestAnsweredWithin { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often each account looks for orders it admitted that never reported back (the order's activation ended
    /// between its admission and the venue's first answer, e.g. with its silo, while the account lived on elsewhere).
    /// </summary>
    public TimeSpan SweepUnansweredEvery { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long after its admission an order still at its admission version is woken by that sweep.</summary>
    public TimeSpan UnansweredAfter { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Throws when a setting cannot work (a retry delay or sweep period that is not positive would spin).</summary>
    public OrderRecoveryOptions Validated()
    {
        if (RetryVenueAfter <= TimeSpan.Zero || MaxRetryVenueAfter < RetryVenueAfter)
        {
            throw new InvalidOperationException(
                $"OrleansTrading:OrderRecovery: RetryVenueAfter ({RetryVenueAfter}) must be positive and at most MaxRetryVenueAfter ({MaxRetryVenueAfter}).");
        }

        if (SweepUnansweredEvery <= TimeSpan.Zero || UnansweredAfter <= TimeSpan.Zero || RequestAnsweredWithin <= TimeSpan.Zero)
        {
            throw new InvalidOperationException(
                $"OrleansTrading:OrderRecovery: SweepUnansweredEvery ({SweepUnansweredEvery}), UnansweredAfter ({UnansweredAfter}) and RequestAnsweredWithin ({RequestAnsweredWithin}) must be positive.");
        }

        return this;
    }
}
