using System.Collections.Immutable;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;

namespace OrleansTrading.Abstractions.Orders;

/// <summary>
/// What a mass cancel did to each open order it matched: the order after its cancel was sent (Canceled, or
/// PendingCancel while the venue has not answered — also when it follows a request already in flight), or why that
/// order's cancel was refused (e.g. it filled meanwhile, or never reached the venue and was rejected).
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.MassCancelResult")]
public sealed record MassCancelResult([property: Id(0)] ImmutableArray<MassCancelOutcome> Orders)
{
    /// <summary>Orders whose cancel was refused or not sent and that are still open: what people must look at.</summary>
    public int StillWorking => Orders.Count(o => o.Refusal is not null && (o.Order is null || !o.Order.Status.IsTerminal()));
}

/// <summary>One order's part in a mass cancel; <paramref name="Order"/> is null when the order could not be reached.</summary>
[GenerateSerializer, Immutable, Alias("ot.MassCancelOutcome")]
public sealed record MassCancelOutcome(
    [property: Id(0)] AccountId Account,
    [property: Id(1)] ClientOrderId ClientOrderId,
    [property: Id(2)] OrderView? Order,
    [property: Id(3)] Refusal? Refusal);
