using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Grains.Venues.Paper;

/// <summary>An order working at the paper venue, with what it has filled so far.</summary>
internal sealed class WorkingOrder(VenueOrder order, long sequence, VenueOrderId venueOrderId, Instrument instrument, UnixNanos? expiresAt)
{
    /// <summary>Arrival order at the venue (time priority among equal prices).</summary>
    public long Sequence { get; } = sequence;

    public VenueOrder Order { get; } = order;

    public Instrument Instrument { get; } = instrument;

    public VenueOrderId VenueOrderId { get; } = venueOrderId;

    public ClientOrderId ClientOrderId { get; set; } = order.VenueClientOrderId;

    public Quantity Quantity { get; set; } = order.Quantity;

    public Price? LimitPrice { get; set; } = order.LimitPrice;

    public Price? StopPrice { get; set; } = order.StopPrice;

    public Quantity Filled { get; set; } = Quantity.Zero;

    public decimal FilledNotional { get; set; }

    public bool StopTriggered { get; set; }

    public UnixNanos? ExpiresAt { get; } = expiresAt;

    public Quantity Leaves => Quantity - Filled;

    public Price AveragePrice => Filled.IsZero ? Price.Zero : new Price(FilledNotional / Filled.Value);

    public OrderStatus Status => Filled.IsZero ? OrderStatus.New : Filled >= Quantity ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
}
