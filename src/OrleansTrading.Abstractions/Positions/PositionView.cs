using System.Collections.Immutable;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Positions;

/// <summary>
/// A position in one instrument for one account (and, in <see cref="ByStrategy"/>, each strategy's share of it).
/// Quantities are signed (+long / −short); PnL and notional are in the instrument's quote currency.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.PositionView")]
public sealed record PositionView(
    [property: Id(0)] AccountId Account,
    [property: Id(1)] StrategyId? Strategy,
    [property: Id(2)] InstrumentId Instrument,
    [property: Id(3)] decimal NetQuantity,
    [property: Id(4)] Price? AveragePrice,
    [property: Id(5)] Price? MarkPrice,
    [property: Id(6)] decimal RealizedPnl,
    [property: Id(7)] decimal UnrealizedPnl,
    [property: Id(8)] decimal Commissions,
    [property: Id(9)] decimal Notional,
    [property: Id(10)] Currency Currency,
    [property: Id(11)] int FillCount,
    [property: Id(12)] UnixNanos UpdatedAt,
    [property: Id(13)] ImmutableArray<PositionView> ByStrategy);
