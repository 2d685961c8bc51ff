using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Instruments;

/// <summary>One concrete occurrence of a session: the trading day it belongs to and its open and close as UTC instants (close exclusive).</summary>
public readonly record struct TradingSessionWindow(DateOnly TradingDay, UnixNanos Open, UnixNanos Close)
{
    /// <summary>True when <paramref name="instant"/> is inside the session: open ≤ instant &lt; close.</summary>
    public bool Contains(UnixNanos instant) => instant >= Open && instant < Close;

    public override string ToString() => $"{TradingDay:yyyy-MM-dd} [{Open}, {Close})";
}
