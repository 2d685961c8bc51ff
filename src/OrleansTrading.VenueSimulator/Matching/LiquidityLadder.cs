using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// Resting market-maker liquidity seeded into a book so that a lone client order can trade: <see cref="Levels"/> bids
/// at <c>ReferencePrice − k × LevelSpacing</c> and as many asks at <c>ReferencePrice + k × LevelSpacing</c>
/// (k = 1…Levels), each for <see cref="QuantityPerLevel"/>, as GTC limit orders of <see cref="MarketMaker"/>.
/// With <see cref="Replenish"/>, a ladder order that is completely filled is posted again at the same price (a new
/// order at the back of the queue) once the operation that filled it is done, so the ladder never runs dry.
/// The market maker is an ordinary participant: use an id no FIX session uses, or self-trade prevention applies.
/// </summary>
public sealed record LiquidityLadder(
    ParticipantId MarketMaker,
    Price ReferencePrice,
    decimal LevelSpacing,
    int Levels,
    Quantity QuantityPerLevel,
    bool Replenish = true)
{
    /// <summary>Null when the ladder fits <paramref name="instrument"/>; otherwise what is wrong and how to fix it.</summary>
    public string? Check(Instrument instrument)
    {
        if (Levels < 1)
        {
            return $"Liquidity ladder for {instrument.Id}: Levels is {Levels}; give at least 1.";
        }

        if (LevelSpacing <= 0m || decimal.Remainder(LevelSpacing, instrument.TickSize) != 0m)
        {
            return $"Liquidity ladder for {instrument.Id}: LevelSpacing {LevelSpacing} must be a positive multiple of the tick size {instrument.TickSize}.";
        }

        if (!instrument.IsOnTickGrid(ReferencePrice))
        {
            return $"Liquidity ladder for {instrument.Id}: ReferencePrice {ReferencePrice} is not on the tick grid ({instrument.TickSize}).";
        }

        if (!QuantityPerLevel.IsPositive || !instrument.IsLotMultiple(QuantityPerLevel))
        {
            return $"Liquidity ladder for {instrument.Id}: QuantityPerLevel {QuantityPerLevel} must be a positive multiple of the lot size {instrument.LotSize}.";
        }

        return null;
    }

    /// <summary>The price of level <paramref name="level"/> (1 = nearest the reference) on <paramref name="side"/>.</summary>
    public Price PriceOf(OrderSide side, int level) =>
        new(ReferencePrice.Value + ((side == OrderSide.Buy ? -level : level) * LevelSpacing));
}
