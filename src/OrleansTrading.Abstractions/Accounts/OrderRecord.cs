using System.Collections.Immutable;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Domain.Orders;

namespace OrleansTrading.Abstractions.Accounts;

/// <summary>
/// An order as its account journals it with each version: everything an order grain needs to continue the order
/// exactly where it was — the client's request, the kernel order, its numbered changes, how many cancel/replace
/// requests it has sent (the next request's ClOrdID) and a cancel waiting for an answer. The account's journal is the
/// order's record (ADR 0006); the order grain stores state of its own only while its account cannot take a change.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.OrderRecord")]
public sealed record OrderRecord(
    [property: Id(0)] SubmitOrderRequest Request,
    [property: Id(1)] OrderSnapshot Order,
    [property: Id(2)] ImmutableArray<OrderChange> Changes,
    [property: Id(3)] int RequestCount,
    [property: Id(4)] string? CancelWhenAnsweredBy);

/// <summary>
/// An order found in its account's journal: its view and, once it has changed after its admission, its record. At its
/// admission the view alone is journaled (it is all the admitted order is), and the grain re-derives the order from it.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.JournaledOrder")]
public sealed record JournaledOrder(
    [property: Id(0)] OrderView View,
    [property: Id(1)] OrderRecord? Record)
{
    /// <summary>
    /// The last version whose event is journaled. Normally the record's; lower only when the process died between two
    /// appends of one batch, and then the versions after it are the order's to send again.
    /// </summary>
    [Id(2)] public int JournaledVersion { get; init; } = Record?.Changes.Length ?? View.Version;
}
