namespace OrleansTrading.Domain.Identifiers;

/// <summary>The venue's id for one execution report (FIX ExecID); a report seen again with the same id is a duplicate.</summary>
public readonly record struct ExecId : IComparable<ExecId>
{
    public ExecId(string value) => Value = Identifier.Validate(value, nameof(ExecId));

    public string Value { get; }

    public int CompareTo(ExecId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
