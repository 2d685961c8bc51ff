using System.Collections.Immutable;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Simulation;

/// <summary>The sum of several schedules (e.g. broker commission per share + exchange fee in bps + a fixed ticket charge).</summary>
public sealed class CompositeFee : IFeeModel
{
    public CompositeFee(params IFeeModel[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (Array.Exists(parts, p => p is null))
        {
            throw new ArgumentException("A composite fee cannot contain a missing (null) part.", nameof(parts));
        }

        Parts = [.. parts];
    }

    public ImmutableArray<IFeeModel> Parts { get; }

    public decimal OrderFee(Instrument instrument, Quantity filledQuantity, decimal filledNotional)
    {
        var total = 0m;
        foreach (var part in Parts)
        {
            total += part.OrderFee(instrument, filledQuantity, filledNotional);
        }

        return total;
    }
}
