namespace OrleansTrading.Abstractions.Positions;

public enum FillOutcome
{
    Applied,

    /// <summary>The fill id was applied before; nothing changed.</summary>
    Duplicate,
}
