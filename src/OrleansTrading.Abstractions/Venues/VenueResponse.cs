using System.Collections.Immutable;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Domain.Orders;

namespace OrleansTrading.Abstractions.Venues;

/// <summary>
/// A gateway's answer to a request: accepted for delivery (any reports the venue produced at once — the paper
/// venue acks and fills synchronously — are included), or refused before it reached the venue.
/// Reports that come later arrive at the order grain through <see cref="IOrderGrain.ApplyExecution"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.VenueResponse")]
public sealed record VenueResponse(
    [property: Id(0)] ImmutableArray<ExecutionReport> Reports,
    [property: Id(1)] ImmutableArray<CancelReject> CancelRejects,
    [property: Id(2)] Refusal? Refusal)
{
    public static readonly VenueResponse Sent = new([], [], null);

    public static VenueResponse Immediate(ImmutableArray<ExecutionReport> reports) => new(reports, [], null);

    public static VenueResponse Immediate(CancelReject reject) => new([], [reject], null);

    public static VenueResponse Refused(Refusal refusal) => new([], [], refusal);
}
