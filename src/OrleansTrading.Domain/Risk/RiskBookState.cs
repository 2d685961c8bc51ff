namespace OrleansTrading.Domain.Risk;

/// <summary>
/// The part of a <see cref="RiskBook"/> its owner persists: trading state, whether a drawdown breach set it, and the
/// drawdown tracker. Positions, open orders and prices are rebuilt from their own sources after a restart; the order
/// rate bucket restarts full.
/// </summary>
public sealed record RiskBookState(TradingState TradingState, bool RestrictedByDrawdown, DrawdownState Drawdown)
{
    public static readonly RiskBookState Initial = new(TradingState.Active, false, DrawdownState.Empty);
}
