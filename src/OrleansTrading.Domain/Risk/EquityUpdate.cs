namespace OrleansTrading.Domain.Risk;

/// <summary>
/// What an equity mark did: the session high-water mark and drawdown after it, whether it opened a new trading day,
/// whether the limit is breached (and <see cref="NewlyBreached"/> the first time), and the trading-state change the
/// owner must persist, if any.
/// </summary>
public readonly record struct EquityUpdate(
    decimal Equity,
    decimal HighWaterMark,
    decimal Drawdown,
    bool NewTradingDay,
    bool Breached,
    bool NewlyBreached,
    TradingStateChange? StateChange);
