using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// Who owns an order at the venue: one FIX session's counterparty (e.g. its SenderCompID), or the liquidity ladder's
/// market maker. Client order ids are unique per participant, self-trade prevention compares participants, and
/// mass status reports one participant's orders.
/// </summary>
public readonly record struct ParticipantId : IComparable<ParticipantId>
{
    public ParticipantId(string value) => Value = Identifier.Validate(value, nameof(ParticipantId));

    public string Value { get; }

    public int CompareTo(ParticipantId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
