namespace OrleansTrading.Domain.Risk;

/// <summary>Which view a risk decision was taken over.</summary>
public enum RiskScope
{
    /// <summary>The order itself (malformed input).</summary>
    Order,

    /// <summary>The platform-wide kill switch.</summary>
    Global,

    Account,

    Strategy,
}
