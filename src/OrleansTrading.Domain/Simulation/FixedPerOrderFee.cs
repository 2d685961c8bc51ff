using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Simulation;

/// <summary>A flat amount per order (quote currency), charged on its first fill.</summary>
public sealed record FixedPerOrderFee(decimal Amount) : IFeeModel
{
    public decimal OrderFee(Instrument instrument, Quantity filledQuantity, decimal filledNotional) =>
        filledQuantity.IsPositive ? Amount : 0m;
}
