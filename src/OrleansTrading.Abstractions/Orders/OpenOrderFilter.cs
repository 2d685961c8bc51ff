using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;

namespace OrleansTrading.Abstractions.Orders;

/// <summary>Which of an account's open orders a mass cancel takes: every one, or those of one strategy, instrument or side (null = any).</summary>
[GenerateSerializer, Immutable, Alias("ot.OpenOrderFilter")]
public sealed record OpenOrderFilter(
    [property: Id(0)] StrategyId? Strategy = null,
    [property: Id(1)] InstrumentId? Instrument = null,
    [property: Id(2)] OrderSide? Side = null)
{
    public static readonly OpenOrderFilter All = new();

    public bool Matches(StrategyId strategy, InstrumentId instrument, OrderSide side) =>
        (Strategy is null || Strategy == strategy) && (Instrument is null || Instrument == instrument) && (Side is null || Side == side);
}
