namespace OrleansTrading.Domain.Risk;

/// <summary>Why a trading state changed.</summary>
public enum TradingStateChangeCause
{
    /// <summary>An operator or risk manager set it.</summary>
    Manual,

    /// <summary>The daily drawdown limit was breached.</summary>
    DailyDrawdown,

    /// <summary>A new trading day began and the book re-activates after a drawdown restriction.</summary>
    NewTradingDay,
}
