namespace OrleansTrading.Domain.Risk;

/// <summary>
/// Persisted state of a <see cref="DailyDrawdownTracker"/>.
/// </summary>
/// <param name="TradingDay">Index of the trading day the high-water mark belongs to (days since the epoch, shifted by the day start).</param>
/// <param name="HighWaterMark">Highest equity seen this trading day.</param>
/// <param name="Equity">Last equity seen.</param>
/// <param name="HasSession">False until the first equity mark arrives.</param>
/// <param name="Breached">True once the drawdown limit was breached this trading day.</param>
public sealed record DrawdownState(long TradingDay, decimal HighWaterMark, decimal Equity, bool HasSession, bool Breached)
{
    public static readonly DrawdownState Empty = new(0, 0m, 0m, false, false);
}
