namespace OrleansTrading.Domain.Identifiers;

/// <summary>The id of one fill as recorded against a position; a fill id seen again is never applied twice.</summary>
public readonly record struct FillId : IComparable<FillId>
{
    public FillId(string value) => Value = Identifier.Validate(value, nameof(FillId));

    public string Value { get; }

    public int CompareTo(FillId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
