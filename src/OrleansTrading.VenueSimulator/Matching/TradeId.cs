using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>The venue's id for one match between two orders (FIX TrdMatchID 880); both sides' fills carry it.</summary>
public readonly record struct TradeId : IComparable<TradeId>
{
    public TradeId(string value) => Value = Identifier.Validate(value, nameof(TradeId));

    public string Value { get; }

    public int CompareTo(TradeId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
