using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Domain.MarketData;

/// <summary>
/// The venue's id for one printed trade (FIX TradeID / MDEntryID). <c>default</c> means the feed gave none:
/// some sources (index levels, older history files) carry no trade ids, and inventing one would be a lie.
/// </summary>
public readonly record struct TradeId
{
    public TradeId(string value) => Value = Identifier.Validate(value, nameof(TradeId));

    /// <summary>The id, or null when the feed gave none.</summary>
    public string? Value { get; }

    public bool IsKnown => Value is not null;

    public override string ToString() => Value ?? string.Empty;
}
