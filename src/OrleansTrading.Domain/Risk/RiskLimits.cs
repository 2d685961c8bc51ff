using System.Collections.Frozen;
using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Domain.Risk;

/// <summary>
/// Limits of one risk book (an account or a strategy). A null limit disables its rule. Amounts (notional, drawdown)
/// are in the book's currency; quantities in instrument units. Call <see cref="Validate"/> (a <see cref="RiskBook"/>
/// does) to get every problem at once.
/// </summary>
public sealed record RiskLimits
{
    public static readonly RiskLimits Unlimited = new();

    /// <summary>Largest quantity of one order.</summary>
    public decimal? MaxOrderQuantity { get; init; }

    /// <summary>Largest notional of one order: quantity × order price (or last price for market orders) × multiplier × FX.</summary>
    public decimal? MaxOrderNotional { get; init; }

    /// <summary>Largest |position| per instrument, counting open orders on the same side; overridden per instrument below.</summary>
    public decimal? MaxPositionQuantity { get; init; }

    /// <summary>Per-instrument overrides of <see cref="MaxPositionQuantity"/>.</summary>
    public IReadOnlyDictionary<InstrumentId, decimal> MaxPositionByInstrument { get; init; } = FrozenDictionary<InstrumentId, decimal>.Empty;

    /// <summary>Largest Σ|exposure × price × multiplier × FX| over instruments.</summary>
    public decimal? MaxGrossNotional { get; init; }

    /// <summary>Largest drawdown from the session high-water mark as a fraction of it, in (0, 1).</summary>
    public decimal? MaxDailyDrawdownFraction { get; init; }

    /// <summary>Largest drawdown from the session high-water mark as an amount.</summary>
    public decimal? MaxDailyDrawdownAmount { get; init; }

    /// <summary>What a drawdown breach does to the trading state.</summary>
    public DrawdownAction DrawdownAction { get; init; } = DrawdownAction.Halt;

    /// <summary>When true, a book restricted by a drawdown breach returns to Active at the next trading day; otherwise an operator re-enables it.</summary>
    public bool ReactivateAtNewTradingDay { get; init; }

    /// <summary>When the trading day starts, as an offset from UTC midnight, in [00:00, 24:00).</summary>
    public TimeSpan TradingDayStartUtc { get; init; } = TimeSpan.Zero;

    /// <summary>Largest projected margin ÷ equity, in (0, 1].</summary>
    public decimal? MaxMarginUtilisation { get; init; }

    public OrderRateLimit? OrderRate { get; init; }

    /// <summary>Largest |order price − last price| ÷ |last price| for priced orders.</summary>
    public decimal? CollarMaxDeviationFraction { get; init; }

    /// <summary>Largest |order price − last price| in ticks of the instrument.</summary>
    public int? CollarMaxDeviationTicks { get; init; }

    /// <summary>What to do when a needed last price is missing.</summary>
    public MissingReferencePricePolicy MissingReferencePrice { get; init; } = MissingReferencePricePolicy.Refuse;

    public bool HasCollar => CollarMaxDeviationFraction is not null || CollarMaxDeviationTicks is not null;

    /// <summary>The position limit for <paramref name="instrument"/>: its override, else the default, else null.</summary>
    public decimal? MaxPositionFor(InstrumentId instrument) =>
        MaxPositionByInstrument.TryGetValue(instrument, out var max) ? max : MaxPositionQuantity;

    /// <summary>Every problem with these limits, each as a sentence; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        Positive(errors, MaxOrderQuantity, nameof(MaxOrderQuantity));
        Positive(errors, MaxOrderNotional, nameof(MaxOrderNotional));
        Positive(errors, MaxPositionQuantity, nameof(MaxPositionQuantity));
        Positive(errors, MaxGrossNotional, nameof(MaxGrossNotional));
        Positive(errors, MaxDailyDrawdownAmount, nameof(MaxDailyDrawdownAmount));
        Positive(errors, CollarMaxDeviationFraction, nameof(CollarMaxDeviationFraction));
        if (MaxPositionByInstrument is null)
        {
            errors.Add($"{nameof(MaxPositionByInstrument)} must not be null; use an empty dictionary.");
        }
        else
        {
            foreach (var (instrument, max) in MaxPositionByInstrument)
            {
                if (max <= 0m)
                {
                    errors.Add($"Max position for {instrument} is {max}; it must be positive (halt the instrument's trading instead of a zero limit).");
                }
            }
        }

        if (MaxDailyDrawdownFraction is { } dd && (dd <= 0m || dd >= 1m))
        {
            errors.Add($"{nameof(MaxDailyDrawdownFraction)} is {dd}; it must be in (0, 1), e.g. 0.05 for 5%.");
        }

        if (MaxMarginUtilisation is { } mu && (mu <= 0m || mu > 1m))
        {
            errors.Add($"{nameof(MaxMarginUtilisation)} is {mu}; it must be in (0, 1], e.g. 0.8 for 80% of equity.");
        }

        if (CollarMaxDeviationTicks is { } ticks && ticks < 1)
        {
            errors.Add($"{nameof(CollarMaxDeviationTicks)} is {ticks}; it must be at least 1.");
        }

        if (TradingDayStartUtc < TimeSpan.Zero || TradingDayStartUtc >= TimeSpan.FromDays(1))
        {
            errors.Add($"{nameof(TradingDayStartUtc)} is {TradingDayStartUtc}; it must be in [00:00, 24:00).");
        }

        if (!Enum.IsDefined(DrawdownAction))
        {
            errors.Add($"{nameof(DrawdownAction)} {(int)DrawdownAction} is not Halt or ReduceOnly.");
        }

        if (!Enum.IsDefined(MissingReferencePrice))
        {
            errors.Add($"{nameof(MissingReferencePrice)} {(int)MissingReferencePrice} is not Refuse or Allow.");
        }

        if (OrderRate?.Check() is { } rateError)
        {
            errors.Add(rateError);
        }

        return errors;
    }

    /// <summary>Throws one <see cref="ArgumentException"/> listing every problem, or returns these limits.</summary>
    public RiskLimits EnsureValid()
    {
        var errors = Validate();
        return errors.Count == 0
            ? this
            : throw new ArgumentException("Invalid risk limits: " + string.Join(" ", errors));
    }

    private static void Positive(List<string> errors, decimal? value, string name)
    {
        if (value is { } v && v <= 0m)
        {
            errors.Add($"{name} is {v}; it must be positive (leave it unset to disable the rule).");
        }
    }
}
