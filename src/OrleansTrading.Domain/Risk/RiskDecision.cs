using System.Globalization;

namespace OrleansTrading.Domain.Risk;

/// <summary>
/// The outcome of a pre-trade check: a reason code, the view it was taken over, and for limit breaches the limit and
/// the value that broke it (same units as the rule: quantity, account-currency amount, or price). A struct so the check
/// allocates nothing; <see cref="Summary"/> is a static string and <see cref="Describe"/> builds the full sentence on demand.
/// </summary>
public readonly record struct RiskDecision(RiskReason Reason, RiskScope Scope, decimal Limit = 0m, decimal Observed = 0m)
{
    public static readonly RiskDecision Accept = new(RiskReason.Accepted, RiskScope.Order);

    public static readonly RiskDecision AcceptWithoutReferencePrice = new(RiskReason.AcceptedWithoutReferencePrice, RiskScope.Order);

    public static readonly RiskDecision Cancel = new(RiskReason.CancelAllowed, RiskScope.Order);

    public bool IsAccepted => Reason < RiskReason.InvalidOrder;

    public bool IsRejected => !IsAccepted;

    /// <summary>A fixed sentence for the reason code (no allocation).</summary>
    public string Summary => Reason switch
    {
        RiskReason.Accepted => "Accepted: every risk rule passed.",
        RiskReason.AcceptedWithoutReferencePrice => "Accepted without a reference price: the policy allows it, so price-based checks were skipped.",
        RiskReason.CancelAllowed => "Cancel allowed: cancels are never blocked by risk.",
        RiskReason.InvalidOrder => "Refused: the order is malformed (quantity must be positive and side Buy or Sell).",
        RiskReason.KillSwitchEngaged => "Refused: the global kill switch is engaged.",
        RiskReason.UnknownInstrument => "Refused: the risk book has no profile for this instrument; register it before trading it.",
        RiskReason.TradingHalted => "Refused: trading is halted.",
        RiskReason.ReduceOnlyViolation => "Refused: reduce-only, and the order would increase the position or cross flat.",
        RiskReason.DailyDrawdownBreached => "Refused: the daily drawdown limit is breached.",
        RiskReason.MaxOrderQuantityExceeded => "Refused: order quantity above the maximum order quantity.",
        RiskReason.NoReferencePrice => "Refused: no last price to check the order against, and the policy refuses orders without one.",
        RiskReason.PriceCollarBreached => "Refused: order price outside the price collar around the last price.",
        RiskReason.MaxOrderNotionalExceeded => "Refused: order notional above the maximum order notional.",
        RiskReason.MaxPositionExceeded => "Refused: projected position above the maximum position for the instrument.",
        RiskReason.MaxGrossNotionalExceeded => "Refused: projected gross notional above the limit.",
        RiskReason.MarginUtilisationExceeded => "Refused: projected margin above the allowed share of equity.",
        RiskReason.OrderRateExceeded => "Refused: order rate limit reached.",
        _ => "Unknown risk reason.",
    };

    /// <summary>The full human sentence, with the scope and the numbers. Allocates; call it off the hot path.</summary>
    public string Describe()
    {
        var limit = Limit.ToString(CultureInfo.InvariantCulture);
        var observed = Observed.ToString(CultureInfo.InvariantCulture);
        var scope = Scope.ToString().ToLowerInvariant();
        return Reason switch
        {
            RiskReason.InvalidOrder => $"Refused: order quantity {observed} is not positive or the side is unknown.",
            RiskReason.UnknownInstrument or RiskReason.TradingHalted or RiskReason.ReduceOnlyViolation
                or RiskReason.NoReferencePrice => $"{Summary} ({scope})",
            RiskReason.DailyDrawdownBreached => $"Refused ({scope}): drawdown {observed} from the session high-water mark is beyond the limit {limit}.",
            RiskReason.MaxOrderQuantityExceeded => $"Refused ({scope}): order quantity {observed} is above the maximum {limit}.",
            RiskReason.PriceCollarBreached => $"Refused ({scope}): order price is {observed} away from the last price; at most {limit} is allowed.",
            RiskReason.MaxOrderNotionalExceeded => $"Refused ({scope}): order notional {observed} is above the maximum {limit}.",
            RiskReason.MaxPositionExceeded => $"Refused ({scope}): projected position {observed} (counting open orders on the same side) is above the maximum {limit}.",
            RiskReason.MaxGrossNotionalExceeded => $"Refused ({scope}): projected gross notional {observed} is above the limit {limit}.",
            RiskReason.MarginUtilisationExceeded => $"Refused ({scope}): projected margin {observed} is above the {limit} allowed by equity and the utilisation limit.",
            RiskReason.OrderRateExceeded => $"Refused ({scope}): order rate limit of {limit} orders per burst reached; retry later.",
            _ => Summary,
        };
    }
}
