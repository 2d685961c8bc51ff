using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Domain.Positions;

/// <summary>
/// What a position is kept for: an account and an instrument, optionally narrowed to one strategy (the strategy's
/// own view). A key without a strategy takes fills of every strategy trading that instrument in the account.
/// </summary>
public readonly record struct PositionKey(AccountId Account, InstrumentId Instrument, StrategyId? Strategy = null)
{
    public override string ToString() => Strategy is { } strategy
        ? $"{Account}/{strategy}/{Instrument}"
        : $"{Account}/{Instrument}";
}
