namespace OrleansTrading.Domain.Identifiers;

/// <summary>A strategy instance; each has its own limits, orders and position view, isolated from other strategies.</summary>
public readonly record struct StrategyId : IComparable<StrategyId>
{
    public StrategyId(string value) => Value = Identifier.Validate(value, nameof(StrategyId));

    public string Value { get; }

    public int CompareTo(StrategyId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
