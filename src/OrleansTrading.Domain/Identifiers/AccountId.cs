namespace OrleansTrading.Domain.Identifiers;

/// <summary>A trading account: the unit that owns cash, positions, limits and a trading state.</summary>
public readonly record struct AccountId : IComparable<AccountId>
{
    public AccountId(string value) => Value = Identifier.Validate(value, nameof(AccountId));

    public string Value { get; }

    public int CompareTo(AccountId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
