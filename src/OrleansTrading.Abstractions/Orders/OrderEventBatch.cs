using System.Collections.Immutable;

namespace OrleansTrading.Abstractions.Orders;

/// <summary>
/// What the account publishes on stream <c>orders/{account}</c> after each journal commit: the newly journaled events,
/// in sequence order. A notification only — the journal (<c>IAccountGrain.ReadOrderEvents</c>) is the record, so a
/// subscriber that sees a gap reads the missing sequences from it.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.OrderEventBatch")]
public sealed record OrderEventBatch([property: Id(0)] ImmutableArray<OrderEvent> Events);
