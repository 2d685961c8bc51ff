using System.Collections.Immutable;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Portfolio;
using OrleansTrading.Abstractions.Strategies;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Host.ReferenceData;

/// <summary>Turns configuration into kernel and contract types, with errors that name the entry at fault.</summary>
public static class ReferenceDataMapping
{
    public static Instrument ToInstrument(this InstrumentOptions options)
    {
        if (!Enum.TryParse<AssetClass>(options.AssetClass, ignoreCase: true, out var assetClass))
        {
            throw new ArgumentException($"Instrument '{options.Id}': AssetClass '{options.AssetClass}' is unknown; use one of {string.Join(", ", Enum.GetNames<AssetClass>())}.");
        }

        return new Instrument(new InstrumentId(options.Id), assetClass, new Currency(options.Currency), options.TickSize, new Quantity(options.LotSize), options.Multiplier);
    }

    public static AccountDefinition ToDefinition(this AccountOptions options, IReadOnlyList<InstrumentOptions> instruments) => new(
        new AccountId(options.Id),
        new Currency(options.Currency),
        options.StartingCash,
        [.. options.Funds.Select(f => new FundId(f))],
        options.Limits.ToSettings(instruments));

    public static StrategyRegistration ToRegistration(this StrategyOptions options, IReadOnlyList<InstrumentOptions> instruments) => new(
        new StrategyId(options.Id),
        options.Description,
        options.Owner,
        [.. options.Accounts.Select(a => new AccountId(a))],
        options.Limits.ToSettings(instruments));

    public static FundDefinition ToDefinition(this FundOptions options) => new(
        new FundId(options.Id),
        options.Name,
        [.. options.Accounts.Select(a => new AccountId(a))],
        [],
        []);

    public static RiskLimitSettings ToSettings(this LimitOptions options, IReadOnlyList<InstrumentOptions> instruments)
    {
        if (!Enum.TryParse<TradingMode>(options.DrawdownBreachMode, ignoreCase: true, out var breachMode) || breachMode == TradingMode.Active)
        {
            throw new ArgumentException($"DrawdownBreachMode '{options.DrawdownBreachMode}' must be Halted or ReduceOnly.");
        }

        var margins = instruments
            .Where(i => i.InitialMarginRate is not null)
            .ToImmutableDictionary(i => new InstrumentId(i.Id), i => i.InitialMarginRate!.Value);
        return new RiskLimitSettings(
            MaxOrderQuantity: options.MaxOrderQuantity is { } q ? new Quantity(q) : null,
            MaxOrderNotional: options.MaxOrderNotional,
            MaxPositionPerInstrument: options.MaxPositionPerInstrument is { } p ? new Quantity(p) : null,
            MaxGrossNotional: options.MaxGrossNotional,
            MaxDailyDrawdown: options.MaxDailyDrawdown,
            DrawdownBreachMode: breachMode,
            MaxMarginUtilisation: options.MaxMarginUtilisation,
            MaxOrdersPerSecond: options.MaxOrdersPerSecond,
            OrderBurst: options.OrderBurst,
            PriceCollarPercent: options.PriceCollarPercent,
            InitialMarginRates: margins.IsEmpty ? null : margins);
    }
}
