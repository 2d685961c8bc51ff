namespace OrleansTrading.Grains.Venues.Paper;

/// <summary>How the paper venue fills (<c>OrleansTrading:PaperVenue</c>): the kernel fill and fee models' parameters.</summary>
public sealed class PaperVenueOptions
{
    /// <summary>Share of the displayed quote size one order may take per quote (0–1].</summary>
    public decimal QuoteParticipation { get; init; } = 1m;

    /// <summary>Whether a resting limit order fills when the opposite quote touches its price (not only through it).</summary>
    public bool FillRestingLimitAtTouch { get; init; } = true;

    /// <summary>Commission in basis points of filled notional.</summary>
    public decimal FeeBasisPoints { get; init; } = 0.5m;

    /// <summary>Minimum commission per fill, in the instrument's quote currency.</summary>
    public decimal MinimumFee { get; init; }

    /// <summary>How many done orders keep their reports for re-sends and status requests (oldest forgotten first).</summary>
    public int RetainedDoneOrders { get; init; } = 100_000;

    /// <summary>
    /// However many orders complete, a done order's reports are kept at least this long: longer than an order grain
    /// may re-send an unacknowledged order (<c>OrleansTrading:OrderRecovery:ResendUnacknowledgedWithin</c>, 2 minutes by
    /// default), so a re-send always finds the order it repeats and never creates a second one.
    /// </summary>
    public TimeSpan MinimumRetention { get; init; } = TimeSpan.FromMinutes(10);
}
