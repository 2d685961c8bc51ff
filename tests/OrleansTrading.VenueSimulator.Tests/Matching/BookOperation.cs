using OrleansTrading.Domain.Orders;

namespace OrleansTrading.VenueSimulator.Tests.Matching;

/// <summary>
/// One step of a generated book scenario, in small integers so FsCheck can generate and shrink it: participants are
/// indices, prices are ticks around 100.00, and cancels/replaces pick one of the participant's earlier ClOrdIDs.
/// </summary>
internal abstract record BookOperation(int Who)
{
    internal sealed record Submit(int Who, OrderSide Side, OrderType Type, TimeInForce TimeInForce, int LimitTicks, int StopTicks, int Quantity)
        : BookOperation(Who);

    internal sealed record Cancel(int Who, int Pick) : BookOperation(Who);

    internal sealed record Replace(int Who, int Pick, int QuantityChange, int PriceTicksChange) : BookOperation(Who);
}
