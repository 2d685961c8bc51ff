namespace OrleansTrading.Domain.Identifiers;

/// <summary>The venue's id for an order (FIX OrderID).</summary>
public readonly record struct VenueOrderId : IComparable<VenueOrderId>
{
    public VenueOrderId(string value) => Value = Identifier.Validate(value, nameof(VenueOrderId));

    public string Value { get; }

    public int CompareTo(VenueOrderId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
