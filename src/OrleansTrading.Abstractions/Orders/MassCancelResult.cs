using System.Collections.Immutable;
using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Abstractions.Orders;

/// <summary>
/// What a mass cancel did to each open order it matched: the order after its cancel was sent (Canceled, or
/// PendingCancel while the venue has not answered), or why that order's cancel was refused (e.g. it filled meanwhile).
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.MassCancelResult")]
public sealed record MassCancelResult([property: Id(0)] ImmutableArray<MassCancelOutcome> Orders)
{
    public static readonly MassCancelResult None = new(ImmutableArray<MassCancelOutcome>.Empty);

    public int Refused => Orders.Count(o => o.Refusal is not null);

    public MassCancelResult Add(MassCancelResult other) => new(Orders.AddRange(other.Orders));
}

/// <summary>One order's part in a mass cancel; <paramref name="Order"/> is null when the order could not be reached.</summary>
[GenerateSerializer, Immutable, Alias("ot.MassCancelOutcome")]
public sealed record MassCancelOutcome(
    [property: Id(0)] AccountId Account,
    [property: Id(1)] ClientOrderId ClientOrderId,
    [property: Id(2)] OrderView? Order,
    [property: Id(3)] Refusal? Refusal);
