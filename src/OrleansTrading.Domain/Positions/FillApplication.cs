namespace OrleansTrading.Domain.Positions;

/// <summary>The result of offering a fill to a <see cref="PositionLedger"/>: applied (with its change) or a duplicate.</summary>
public readonly record struct FillApplication(FillOutcome Outcome, PositionChange Change)
{
    public bool IsDuplicate => Outcome == FillOutcome.Duplicate;

    public static FillApplication Duplicate(decimal netQuantity) =>
        new(FillOutcome.Duplicate, new PositionChange(netQuantity, netQuantity, 0m, 0m, 0m, 0m, 0m));
}
