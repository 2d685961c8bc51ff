using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Risk;

/// <summary>A trading-state transition the owner must persist and publish (audit, alerts).</summary>
public readonly record struct TradingStateChange(TradingState From, TradingState To, TradingStateChangeCause Cause, UnixNanos At);
