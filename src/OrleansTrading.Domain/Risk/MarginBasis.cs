namespace OrleansTrading.Domain.Risk;

/// <summary>How an instrument's initial margin is stated.</summary>
public enum MarginBasis
{
    /// <summary>A fraction of notional (e.g. 0.25 for 4× leverage on equities).</summary>
    RateOfNotional,

    /// <summary>A fixed amount per unit/contract, in the instrument's quote currency (e.g. exchange margin on futures).</summary>
    PerContract,
}
