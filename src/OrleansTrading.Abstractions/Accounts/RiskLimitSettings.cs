using System.Collections.Immutable;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Accounts;

/// <summary>
/// Pre-trade limits for an account or a strategy, as set by risk staff. A null limit is not enforced.
/// Notional and cash amounts are in the account's currency.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.RiskLimitSettings")]
public sealed record RiskLimitSettings(
    [property: Id(0)] Quantity? MaxOrderQuantity = null,
    [property: Id(1)] decimal? MaxOrderNotional = null,
    [property: Id(2)] Quantity? MaxPositionPerInstrument = null,
    [property: Id(3)] ImmutableDictionary<InstrumentId, Quantity>? MaxPositionByInstrument = null,
    [property: Id(4)] decimal? MaxGrossNotional = null,
    [property: Id(5)] decimal? MaxDailyDrawdown = null,
    [property: Id(6)] TradingMode DrawdownBreachMode = TradingMode.Halted,
    [property: Id(7)] decimal? MaxMarginUtilisation = null,
    [property: Id(8)] int? MaxOrdersPerSecond = null,
    [property: Id(9)] int? OrderBurst = null,
    [property: Id(10)] decimal? PriceCollarPercent = null,
    [property: Id(11)] bool RefuseWithoutReferencePrice = false,
    [property: Id(12)] ImmutableDictionary<InstrumentId, decimal>? InitialMarginRates = null)
{
    public static readonly RiskLimitSettings None = new();
}
