using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Simulation;

/// <summary>
/// Clamps another schedule's per-order total to [minimum, maximum] once the order has filled anything
/// (e.g. $0.005 per share, at least $1 and at most $25 per order). Either bound may be absent.
/// </summary>
public sealed class BoundedFee : IFeeModel
{
    public BoundedFee(IFeeModel inner, decimal? minimum, decimal? maximum)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (minimum > maximum)
        {
            throw new ArgumentException($"The minimum fee {minimum} is above the maximum {maximum}; pass minimum <= maximum.", nameof(minimum));
        }

        Inner = inner;
        Minimum = minimum;
        Maximum = maximum;
    }

    public IFeeModel Inner { get; }

    public decimal? Minimum { get; }

    public decimal? Maximum { get; }

    public decimal OrderFee(Instrument instrument, Quantity filledQuantity, decimal filledNotional)
    {
        if (!filledQuantity.IsPositive)
        {
            return 0m;
        }

        var fee = Inner.OrderFee(instrument, filledQuantity, filledNotional);
        if (Minimum is { } min && fee < min)
        {
            fee = min;
        }

        if (Maximum is { } max && fee > max)
        {
            fee = max;
        }

        return fee;
    }
}
