using System.Collections.Frozen;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Risk;

namespace OrleansTrading.Grains.Accounts;

/// <summary>Translates the contract's limit settings into kernel risk limits and instrument risk profiles.</summary>
public static class RiskSettingsMapping
{
    public static RiskLimits ToKernel(this RiskLimitSettings settings) => new()
    {
        MaxOrderQuantity = settings.MaxOrderQuantity?.Value,
        MaxOrderNotional = settings.MaxOrderNotional,
        MaxPositionQuantity = settings.MaxPositionPerInstrument?.Value,
        MaxPositionByInstrument = settings.MaxPositionByInstrument?.ToFrozenDictionary(p => p.Key, p => p.Value.Value)
            ?? FrozenDictionary<OrleansTrading.Domain.Identifiers.InstrumentId, decimal>.Empty,
        MaxGrossNotional = settings.MaxGrossNotional,
        MaxDailyDrawdownAmount = settings.MaxDailyDrawdown,
        DrawdownAction = settings.DrawdownBreachMode == TradingMode.ReduceOnly ? DrawdownAction.ReduceOnly : DrawdownAction.Halt,
        MaxMarginUtilisation = settings.MaxMarginUtilisation,
        OrderRate = settings.MaxOrdersPerSecond is { } rate ? OrderRateLimit.PerSecond(rate, settings.OrderBurst ?? rate) : null,
        CollarMaxDeviationFraction = settings.PriceCollarPercent / 100m,
        MissingReferencePrice = settings.RefuseWithoutReferencePrice ? MissingReferencePricePolicy.Refuse : MissingReferencePricePolicy.Allow,
    };

    /// <summary>Every problem with the settings, in words that say what to change; empty when they are usable.</summary>
    public static IReadOnlyList<string> Problems(this RiskLimitSettings settings)
    {
        var problems = new List<string>();
        if (settings.MaxOrdersPerSecond is <= 0)
        {
            problems.Add($"max_orders_per_second is {settings.MaxOrdersPerSecond}; it must be positive.");
        }

        if (settings.OrderBurst is <= 0)
        {
            problems.Add($"order_burst is {settings.OrderBurst}; it must be positive.");
        }

        if (settings.PriceCollarPercent is <= 0)
        {
            problems.Add($"price_collar_percent is {settings.PriceCollarPercent}; it must be positive.");
        }

        if (settings.DrawdownBreachMode == TradingMode.Active)
        {
            problems.Add("drawdown_breach_mode must be HALTED or REDUCE_ONLY.");
        }

        if (settings.InitialMarginRates is { } rates)
        {
            problems.AddRange(rates.Where(r => r.Value is < 0m or > 1m).Select(r => $"initial margin rate for {r.Key} is {r.Value}; it must be between 0 and 1."));
        }

        if (problems.Count == 0)
        {
            problems.AddRange(settings.ToKernel().Validate());
        }

        return problems;
    }

    public static InstrumentRiskProfile Profile(this RiskLimitSettings settings, Instrument instrument) => new(
        instrument,
        settings.InitialMarginRates?.TryGetValue(instrument.Id, out var rate) == true ? MarginRequirement.RateOfNotional(rate) : MarginRequirement.None);

    public static TradingState ToKernel(this TradingMode mode) => mode switch
    {
        TradingMode.Active => TradingState.Active,
        TradingMode.ReduceOnly => TradingState.ReduceOnly,
        _ => TradingState.Halted,
    };

    public static TradingMode ToMode(this TradingState state) => state switch
    {
        TradingState.Active => TradingMode.Active,
        TradingState.ReduceOnly => TradingMode.ReduceOnly,
        _ => TradingMode.Halted,
    };

    public static TradingMode Strictest(TradingMode a, TradingMode b) => (TradingMode)Math.Max((int)a, (int)b);

    public static string Code(this RiskReason reason) => reason switch
    {
        RiskReason.InvalidOrder => "RISK_INVALID_ORDER",
        RiskReason.KillSwitchEngaged => "RISK_KILL_SWITCH_ENGAGED",
        RiskReason.UnknownInstrument => "RISK_UNKNOWN_INSTRUMENT",
        RiskReason.TradingHalted => "RISK_TRADING_HALTED",
        RiskReason.ReduceOnlyViolation => "RISK_REDUCE_ONLY",
        RiskReason.DailyDrawdownBreached => "RISK_DAILY_DRAWDOWN",
        RiskReason.MaxOrderQuantityExceeded => "RISK_MAX_ORDER_QUANTITY",
        RiskReason.NoReferencePrice => "RISK_NO_REFERENCE_PRICE",
        RiskReason.PriceCollarBreached => "RISK_PRICE_COLLAR",
        RiskReason.MaxOrderNotionalExceeded => "RISK_MAX_ORDER_NOTIONAL",
        RiskReason.MaxPositionExceeded => "RISK_MAX_POSITION",
        RiskReason.MaxGrossNotionalExceeded => "RISK_MAX_GROSS_NOTIONAL",
        RiskReason.MarginUtilisationExceeded => "RISK_MARGIN_UTILISATION",
        RiskReason.OrderRateExceeded => "RISK_ORDER_RATE",
        _ => "RISK_" + reason.ToString().ToUpperInvariant(),
    };
}
