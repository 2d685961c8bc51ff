using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Risk;

/// <summary>
/// A deterministic token bucket driven by the timestamps it is given (the injected clock), counted exactly in integers:
/// one token is <see cref="OrderRateLimit.RefillPeriodNanos"/> units and every nanosecond adds
/// <see cref="OrderRateLimit.RefillOrders"/> units. It starts full. A timestamp earlier than the last one adds nothing
/// (time never runs backwards for the bucket).
/// </summary>
public sealed class TokenBucket
{
    private readonly long _unitsPerToken;
    private readonly long _refillUnitsPerNano;
    private readonly long _capacityUnits;
    private long _units;
    private UnixNanos _asOf;

    public TokenBucket(OrderRateLimit limit, UnixNanos start)
    {
        ArgumentNullException.ThrowIfNull(limit);
        if (limit.Check() is { } error)
        {
            throw new ArgumentException(error, nameof(limit));
        }

        Limit = limit;
        _unitsPerToken = limit.RefillPeriodNanos;
        _refillUnitsPerNano = limit.RefillOrders;
        _capacityUnits = limit.Capacity * limit.RefillPeriodNanos;
        _units = _capacityUnits;
        _asOf = start;
    }

    public OrderRateLimit Limit { get; }

    /// <summary>Whole tokens available at <paramref name="now"/> (no change to the bucket).</summary>
    public long Available(UnixNanos now) => UnitsAt(now) / _unitsPerToken;

    /// <summary>True when a token is available at <paramref name="now"/>; changes nothing.</summary>
    public bool CanTake(UnixNanos now) => UnitsAt(now) >= _unitsPerToken;

    /// <summary>Takes one token if one is available at <paramref name="now"/>.</summary>
    public bool TryTake(UnixNanos now)
    {
        var units = UnitsAt(now);
        if (now > _asOf)
        {
            _asOf = now;
        }

        if (units < _unitsPerToken)
        {
            _units = units;
            return false;
        }

        _units = units - _unitsPerToken;
        return true;
    }

    private long UnitsAt(UnixNanos now)
    {
        var elapsed = now.Value - _asOf.Value;
        if (elapsed <= 0)
        {
            return _units;
        }

        var missing = _capacityUnits - _units;
        return elapsed >= (missing / _refillUnitsPerNano) + 1
            ? _capacityUnits
            : Math.Min(_capacityUnits, _units + (elapsed * _refillUnitsPerNano));
    }
}
