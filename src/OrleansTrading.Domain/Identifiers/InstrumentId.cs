namespace OrleansTrading.Domain.Identifiers;

/// <summary>The canonical instrument id (e.g. <c>AAPL.XNAS</c>); venue and feed symbols map onto it through the symbology map.</summary>
public readonly record struct InstrumentId : IComparable<InstrumentId>
{
    public InstrumentId(string value) => Value = Identifier.Validate(value, nameof(InstrumentId));

    public string Value { get; }

    public int CompareTo(InstrumentId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
