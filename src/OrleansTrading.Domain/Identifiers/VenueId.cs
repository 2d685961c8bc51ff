namespace OrleansTrading.Domain.Identifiers;

/// <summary>A trading venue or broker connection (e.g. <c>XNAS</c>, <c>PAPER</c>).</summary>
public readonly record struct VenueId : IComparable<VenueId>
{
    public VenueId(string value) => Value = Identifier.Validate(value, nameof(VenueId));

    public string Value { get; }

    public int CompareTo(VenueId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
