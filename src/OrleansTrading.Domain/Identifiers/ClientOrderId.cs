namespace OrleansTrading.Domain.Identifiers;

/// <summary>The client's id for an order request (FIX ClOrdID); unique per account, the idempotency key of submission.</summary>
public readonly record struct ClientOrderId : IComparable<ClientOrderId>
{
    public ClientOrderId(string value) => Value = Identifier.Validate(value, nameof(ClientOrderId));

    public string Value { get; }

    public int CompareTo(ClientOrderId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
