namespace OrleansTrading.Domain.Risk;

/// <summary>What a daily drawdown breach does to the trading state.</summary>
public enum DrawdownAction
{
    Halt,
    ReduceOnly,
}
