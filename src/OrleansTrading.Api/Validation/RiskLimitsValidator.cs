using System.Collections.Immutable;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Api.Mapping;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Values;
using V1 = OrleansTrading.Api.V1;

namespace OrleansTrading.Api.Validation;

/// <summary>Proto risk limits to grain limit settings: every amount a non-negative decimal, every instrument known.</summary>
public static class RiskLimitsValidator
{
    public static RiskLimitSettings Read(RequestValidation v, string field, V1.RiskLimits? limits, IInstrumentCatalog catalog)
    {
        if (limits is null)
        {
            v.Add(field, "is required (an empty RiskLimits clears every limit)");
            return RiskLimitSettings.None;
        }

        var maxOrderQuantity = v.OptionalNonNegative($"{field}.max_order_quantity", limits.MaxOrderQuantity);
        var maxPosition = v.OptionalNonNegative($"{field}.max_position_per_instrument", limits.MaxPositionPerInstrument);
        var marginUtilisation = v.OptionalNonNegative($"{field}.max_margin_utilisation", limits.MaxMarginUtilisation);
        if (marginUtilisation > 1m)
        {
            v.Add($"{field}.max_margin_utilisation", $"is {marginUtilisation}; it is a fraction from 0 to 1 (e.g. \"0.8\")");
        }

        var breachMode = limits.DrawdownBreachMode == V1.TradingMode.Unspecified ? TradingMode.Halted : ProtoEnums.ToDomain(limits.DrawdownBreachMode);
        if (breachMode is null or TradingMode.Active)
        {
            v.Add($"{field}.drawdown_breach_mode", "must be TRADING_MODE_REDUCE_ONLY or TRADING_MODE_HALTED (UNSPECIFIED means HALTED)");
        }

        if (limits.MaxOrdersPerSecond < 0)
        {
            v.Add($"{field}.max_orders_per_second", "must not be negative (0 means not enforced)");
        }

        if (limits.OrderBurst < 0)
        {
            v.Add($"{field}.order_burst", "must not be negative (0 means the rate itself)");
        }

        return new RiskLimitSettings(
            MaxOrderQuantity: maxOrderQuantity is { } q ? new Quantity(q) : null,
            MaxOrderNotional: v.OptionalNonNegative($"{field}.max_order_notional", limits.MaxOrderNotional),
            MaxPositionPerInstrument: maxPosition is { } p ? new Quantity(p) : null,
            MaxPositionByInstrument: PerInstrument(v, $"{field}.max_position_by_instrument", limits.MaxPositionByInstrument, catalog, d => new Quantity(d)),
            MaxGrossNotional: v.OptionalNonNegative($"{field}.max_gross_notional", limits.MaxGrossNotional),
            MaxDailyDrawdown: v.OptionalNonNegative($"{field}.max_daily_drawdown", limits.MaxDailyDrawdown),
            DrawdownBreachMode: breachMode ?? TradingMode.Halted,
            MaxMarginUtilisation: marginUtilisation,
            MaxOrdersPerSecond: limits.MaxOrdersPerSecond > 0 ? limits.MaxOrdersPerSecond : null,
            OrderBurst: limits.OrderBurst > 0 ? limits.OrderBurst : null,
            PriceCollarPercent: v.OptionalNonNegative($"{field}.price_collar_percent", limits.PriceCollarPercent),
            RefuseWithoutReferencePrice: limits.RefuseWithoutReferencePrice,
            InitialMarginRates: PerInstrument(v, $"{field}.initial_margin_rates", limits.InitialMarginRates, catalog, d => d));
    }

    private static ImmutableDictionary<InstrumentId, T>? PerInstrument<T>(
        RequestValidation v, string field, IDictionary<string, string> entries, IInstrumentCatalog catalog, Func<decimal, T> convert)
    {
        if (entries.Count == 0)
        {
            return null;
        }

        var result = ImmutableDictionary.CreateBuilder<InstrumentId, T>();
        foreach (var (key, text) in entries)
        {
            var entry = $"{field}[{key}]";
            var instrument = v.Instrument(entry, key);
            if (instrument.Value is not null && catalog.Find(instrument) is null)
            {
                v.Add(entry, $"'{key}' is not an instrument this platform trades");
            }

            if (string.IsNullOrEmpty(text))
            {
                v.Add(entry, "needs a value");
                continue;
            }

            if (v.OptionalNonNegative(entry, text) is { } value && instrument.Value is not null)
            {
                result[instrument] = convert(value);
            }
        }

        return result.ToImmutable();
    }
}
