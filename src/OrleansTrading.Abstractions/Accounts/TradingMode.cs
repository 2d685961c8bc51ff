namespace OrleansTrading.Abstractions.Accounts;

/// <summary>Whether new orders may be placed (at account, strategy or global level). Cancels are always allowed.</summary>
public enum TradingMode
{
    Active,

    /// <summary>Only orders that reduce the absolute position are accepted.</summary>
    ReduceOnly,

    /// <summary>No new orders (kill switch); cancels still go through.</summary>
    Halted,
}
