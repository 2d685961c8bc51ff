using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Simulation;

/// <summary>Every taker fill is <c>ticks</c> × the instrument's tick size worse than the quote or trade price.</summary>
public sealed class FixedTickSlippage : ISlippageModel
{
    public FixedTickSlippage(int ticks)
    {
        if (ticks < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ticks), ticks, "Slippage is a number of ticks against the order and cannot be negative.");
        }

        Ticks = ticks;
    }

    public int Ticks { get; }

    public Price Apply(Instrument instrument, OrderSide side, Price price) =>
        new(price.Value + (side.Sign() * Ticks * instrument.TickSize));
}
