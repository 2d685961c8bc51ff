namespace OrleansTrading.Domain.Identifiers;

/// <summary>A fund or book: the root of portfolio aggregation across accounts and strategies.</summary>
public readonly record struct FundId : IComparable<FundId>
{
    public FundId(string value) => Value = Identifier.Validate(value, nameof(FundId));

    public string Value { get; }

    public int CompareTo(FundId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
