using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Simulation;

/// <summary>
/// A commission schedule, stated per order: the total fee, in the instrument's quote currency, of an order that
/// has filled <paramref name="filledQuantity"/> for <paramref name="filledNotional"/> (Σ price × quantity ×
/// multiplier) so far. It is 0 while nothing is filled. The fee of one fill is the difference of this total
/// before and after the fill (<see cref="FeeModelExtensions.FeeForFill"/>), so per-order minimums, maximums,
/// one-off charges and rounding hold exactly however an order is split into partial fills.
/// Negative amounts are rebates.
/// </summary>
public interface IFeeModel
{
    decimal OrderFee(Instrument instrument, Quantity filledQuantity, decimal filledNotional);
}
