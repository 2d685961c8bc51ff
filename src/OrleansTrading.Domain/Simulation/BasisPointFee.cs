using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Simulation;

/// <summary>A rate in basis points of the traded notional: |notional| × bps / 10,000.</summary>
public sealed record BasisPointFee(decimal BasisPoints) : IFeeModel
{
    public decimal OrderFee(Instrument instrument, Quantity filledQuantity, decimal filledNotional) =>
        Math.Abs(filledNotional) * BasisPoints / 10_000m;
}
