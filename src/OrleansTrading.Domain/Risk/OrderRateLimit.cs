namespace OrleansTrading.Domain.Risk;

/// <summary>
/// Token-bucket order-rate limit: at most <paramref name="Capacity"/> orders in a burst, refilled at
/// <paramref name="RefillOrders"/> orders per <paramref name="RefillPeriodNanos"/> nanoseconds. Over any span
/// Δt from a full bucket, at most Capacity + RefillOrders × Δt / period orders are admitted.
/// </summary>
public sealed record OrderRateLimit(int Capacity, int RefillOrders, long RefillPeriodNanos)
{
    /// <summary>Largest capacity × period the bucket can count exactly in 64-bit integers.</summary>
    public const long MaxCapacityTimesPeriod = long.MaxValue / 4;

    public static OrderRateLimit PerSecond(int ordersPerSecond, int burst) =>
        new(burst, ordersPerSecond, Time.UnixNanos.NanosPerSecond);

    /// <summary>Null when valid, otherwise what is wrong.</summary>
    public string? Check()
    {
        if (Capacity < 1)
        {
            return $"Order rate capacity is {Capacity}; it must be at least 1.";
        }

        if (RefillOrders < 1)
        {
            return $"Order rate refill is {RefillOrders} orders per period; it must be at least 1.";
        }

        if (RefillPeriodNanos < 1)
        {
            return $"Order rate refill period is {RefillPeriodNanos} ns; it must be positive.";
        }

        return (decimal)Capacity * RefillPeriodNanos > MaxCapacityTimesPeriod
            ? $"Order rate capacity {Capacity} × period {RefillPeriodNanos} ns is too large to count exactly; use a shorter period."
            : null;
    }
}
