using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Simulation;

/// <summary>
/// Every taker fill is <c>bps</c> basis points of |price| worse, the slip rounded up to a whole number of ticks
/// so the fill stays on the tick grid (a slip never rounds away to nothing).
/// </summary>
public sealed class BasisPointSlippage : ISlippageModel
{
    public BasisPointSlippage(decimal basisPoints)
    {
        if (basisPoints < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(basisPoints), basisPoints, "Slippage in basis points is against the order and cannot be negative.");
        }

        BasisPoints = basisPoints;
    }

    public decimal BasisPoints { get; }

    public Price Apply(Instrument instrument, OrderSide side, Price price)
    {
        var raw = Math.Abs(price.Value) * BasisPoints / 10_000m;
        var ticks = decimal.Ceiling(raw / instrument.TickSize);
        return new Price(price.Value + (side.Sign() * ticks * instrument.TickSize));
    }
}
