using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Simulation;

/// <summary>
/// Rounds another schedule's per-order total to <see cref="Decimals"/> places, half away from zero (as brokers
/// round to the cent). Rounding the running total, not each fill, keeps Σ fill fees equal to the rounded total.
/// </summary>
public sealed class RoundedFee : IFeeModel
{
    public RoundedFee(IFeeModel inner, int decimals)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (decimals is < 0 or > 28)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Round fees to between 0 and 28 decimal places (2 for cents).");
        }

        Inner = inner;
        Decimals = decimals;
    }

    public IFeeModel Inner { get; }

    public int Decimals { get; }

    public decimal OrderFee(Instrument instrument, Quantity filledQuantity, decimal filledNotional) =>
        Math.Round(Inner.OrderFee(instrument, filledQuantity, filledNotional), Decimals, MidpointRounding.AwayFromZero);
}
