using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Analytics;

/// <summary>Account or strategy equity (quote/base currency amount) at one instant, e.g. the daily mark.</summary>
public readonly record struct EquityPoint(UnixNanos Time, decimal Equity);
