namespace OrleansTrading.Domain.Positions;

/// <summary>Direction of a net position.</summary>
public enum PositionSide
{
    Flat,
    Long,
    Short,
}
