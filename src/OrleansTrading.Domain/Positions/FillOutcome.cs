namespace OrleansTrading.Domain.Positions;

/// <summary>What a position ledger did with a fill.</summary>
public enum FillOutcome
{
    /// <summary>The fill was new and changed the position.</summary>
    Applied,

    /// <summary>The fill id had been applied before; the position is unchanged.</summary>
    Duplicate,
}
