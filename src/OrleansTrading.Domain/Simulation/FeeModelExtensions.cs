using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Simulation;

public static class FeeModelExtensions
{
    /// <summary>
    /// The fee charged for one fill of <paramref name="fillQuantity"/> at <paramref name="fillPrice"/> on an order
    /// that had filled <paramref name="filledBefore"/> for <paramref name="notionalBefore"/>: the order's total fee
    /// after the fill minus its total before.
    /// </summary>
    public static Money FeeForFill(
        this IFeeModel model,
        Instrument instrument,
        Quantity filledBefore,
        decimal notionalBefore,
        Quantity fillQuantity,
        Price fillPrice)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(instrument);
        var fillNotional = instrument.Notional(fillPrice, fillQuantity).Amount;
        var before = model.OrderFee(instrument, filledBefore, notionalBefore);
        var after = model.OrderFee(instrument, filledBefore + fillQuantity, notionalBefore + fillNotional);
        return new Money(after - before, instrument.QuoteCurrency);
    }
}
