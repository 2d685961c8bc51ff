using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;

namespace OrleansTrading.Abstractions.Venues;

/// <summary>
/// Asks the venue what it knows about one order (FIX OrderStatusRequest): an order grain recovering after a failure
/// sends it when it cannot tell whether the venue received the order, or whether reports were lost on the way back.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.VenueOrderStatusRequest")]
public sealed record VenueOrderStatusRequest(
    [property: Id(0)] string OrderKey,
    [property: Id(1)] InstrumentId Instrument,
    [property: Id(2)] ClientOrderId VenueClientOrderId,
    [property: Id(3)] VenueOrderId? VenueOrderId,
    [property: Id(4)] OrderSide Side);
