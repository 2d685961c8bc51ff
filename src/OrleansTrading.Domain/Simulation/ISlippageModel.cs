using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Simulation;

/// <summary>
/// Moves a taker fill price against the order, deterministically: up for a buy, down for a sell.
/// Maker fills (resting limits traded through) get no slippage; limit orders never fill beyond their limit.
/// </summary>
public interface ISlippageModel
{
    Price Apply(Instrument instrument, OrderSide side, Price price);
}
