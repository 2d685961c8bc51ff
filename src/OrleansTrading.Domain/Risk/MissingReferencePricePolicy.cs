namespace OrleansTrading.Domain.Risk;

/// <summary>
/// What to do when a rule needs the last traded/mark price and there is none (a market order, or a limit order under a
/// price collar). <see cref="Allow"/> lets the order through with reason
/// <see cref="RiskReason.AcceptedWithoutReferencePrice"/>, skipping the checks that needed the price.
/// </summary>
public enum MissingReferencePricePolicy
{
    Refuse,
    Allow,
}
