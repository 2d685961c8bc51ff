using System.Collections.Immutable;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Domain.Orders;

namespace OrleansTrading.Abstractions.Venues;

/// <summary>
/// A gateway's answer to a request: accepted for delivery (any reports the venue produced at once — the paper
/// venue acks and fills synchronously — are included), refused before it reached the venue, or — for a status
/// request — <see cref="OrderUnknown"/>: the venue has no record of the order.
/// Reports that come later arrive at the order grain through <see cref="IOrderGrain.ApplyExecution"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.VenueResponse")]
public sealed record VenueResponse(
    [property: Id(0)] ImmutableArray<ExecutionReport> Reports,
    [property: Id(1)] ImmutableArray<CancelReject> CancelRejects,
    [property: Id(2)] Refusal? Refusal,
    [property: Id(3)] bool OrderUnknown = false)
{
    public static readonly VenueResponse Sent = new([], [], null);

    /// <summary>The venue has no record of the order (the answer to a status request only).</summary>
    public static readonly VenueResponse Unknown = new([], [], null, OrderUnknown: true);

    public static VenueResponse Immediate(ImmutableArray<ExecutionReport> reports) => new(reports, [], null);

    public static VenueResponse Immediate(CancelReject reject) => new([], [reject], null);

    public static VenueResponse Refused(Refusal refusal) => new([], [], refusal);
}
