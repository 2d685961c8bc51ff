namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>Why an order expired.</summary>
public enum ExpiryReason
{
    /// <summary>The trading day ended (Day orders, and stop orders never triggered unless GTC or GTD).</summary>
    EndOfDay,
    /// <summary>A GTD order reached its expire time.</summary>
    ExpireTimeReached,
}
