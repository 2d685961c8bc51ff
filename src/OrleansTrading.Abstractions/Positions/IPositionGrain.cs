using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Positions;

/// <summary>One account's position in one instrument (key: <see cref="GrainKeys.Position"/>). Fills apply exactly once.</summary>
public interface IPositionGrain : IGrainWithStringKey
{
    Task<FillOutcome> ApplyFill(PositionFill fill);

    Task<PositionView> Get();

    /// <summary>Marks the position to a price (mark-to-market from market data).</summary>
    Task Mark(Price price, OrleansTrading.Domain.Time.UnixNanos at);
}
