namespace OrleansTrading.Domain.Risk;

/// <summary>
/// Whether an account or strategy may trade. Ordered from least to most restrictive. Cancels are allowed in every state.
/// </summary>
public enum TradingState
{
    /// <summary>Every order that passes the limits is allowed.</summary>
    Active = 0,

    /// <summary>Only orders that reduce |position| without crossing flat are allowed.</summary>
    ReduceOnly = 1,

    /// <summary>No new order is allowed.</summary>
    Halted = 2,
}
