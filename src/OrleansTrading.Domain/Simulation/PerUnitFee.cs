using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Simulation;

/// <summary>A rate per share or contract filled (quote currency per unit).</summary>
public sealed record PerUnitFee(decimal PerUnit) : IFeeModel
{
    public decimal OrderFee(Instrument instrument, Quantity filledQuantity, decimal filledNotional) =>
        filledQuantity.Value * PerUnit;
}
