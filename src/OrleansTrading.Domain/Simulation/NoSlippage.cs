using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Simulation;

/// <summary>Fills at the quoted or traded price.</summary>
public sealed class NoSlippage : ISlippageModel
{
    public static readonly NoSlippage Instance = new();

    private NoSlippage()
    {
    }

    public Price Apply(Instrument instrument, OrderSide side, Price price) => price;
}
