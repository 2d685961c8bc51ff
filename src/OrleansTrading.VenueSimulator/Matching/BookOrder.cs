using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>The book's own, mutable record of one order; the outside world only sees <see cref="OrderState"/> snapshots.</summary>
internal sealed class BookOrder
{
    private decimal _notional;

    public BookOrder(long number, VenueOrderId venueOrderId, NewOrderRequest request, bool isLadderOrder, UnixNanos acceptedAt)
    {
        Number = number;
        VenueOrderId = venueOrderId;
        ClientOrderId = request.ClientOrderId;
        Participant = request.Participant;
        Account = request.Account;
        Instrument = request.Instrument;
        Side = request.Side;
        Type = request.Type;
        TimeInForce = request.TimeInForce;
        Quantity = request.Quantity.Value;
        LimitPrice = request.LimitPrice;
        StopPrice = request.StopPrice;
        ExpireAt = request.ExpireAt;
        IsLadderOrder = isLadderOrder;
        AcceptedAt = acceptedAt;
        UpdatedAt = acceptedAt;
    }

    /// <summary>The book's sequence number for the order (the number in its venue order id): acceptance order.</summary>
    public long Number { get; }

    public VenueOrderId VenueOrderId { get; }

    public ClientOrderId ClientOrderId { get; private set; }

    public ClientOrderId? OrigClientOrderId { get; private set; }

    public ParticipantId Participant { get; }

    public AccountId? Account { get; }

    public InstrumentId Instrument { get; }

    public OrderSide Side { get; }

    public OrderType Type { get; }

    public TimeInForce TimeInForce { get; }

    public decimal Quantity { get; private set; }

    public Price? LimitPrice { get; private set; }

    public Price? StopPrice { get; private set; }

    public UnixNanos? ExpireAt { get; }

    public bool IsLadderOrder { get; }

    public UnixNanos AcceptedAt { get; }

    public UnixNanos UpdatedAt { get; private set; }

    public OrderStatus Status { get; private set; } = OrderStatus.New;

    public decimal Filled { get; private set; }

    public decimal Leaves => IsOpen ? Quantity - Filled : 0m;

    public bool IsOpen => Status is OrderStatus.New or OrderStatus.PartiallyFilled;

    public bool IsStop => Type is OrderType.Stop or OrderType.StopLimit;

    public bool IsTriggered { get; private set; }

    /// <summary>Trades at any price: a market order, or a stop order once triggered.</summary>
    public bool IsMarketable => Type is OrderType.Market or OrderType.Stop;

    public long TimePriority { get; set; }

    /// <summary>The price level the order rests in, and its node there; null when not resting.</summary>
    public PriceLevel? Level { get; set; }

    public LinkedListNode<BookOrder>? Node { get; set; }

    public bool IsResting => Level is not null;

    /// <summary>Whether a trade at <paramref name="price"/> fires this (untriggered) stop order.</summary>
    public bool IsTriggeredBy(Price price) =>
        Side == OrderSide.Buy ? price >= StopPrice!.Value : price <= StopPrice!.Value;

    /// <summary>Whether this order may trade at <paramref name="price"/> (its limit allows it).</summary>
    public bool AcceptsPrice(Price price) =>
        IsMarketable || (Side == OrderSide.Buy ? price <= LimitPrice!.Value : price >= LimitPrice!.Value);

    public void Fill(decimal quantity, Price price, UnixNanos now)
    {
        Filled += quantity;
        _notional += quantity * price.Value;
        Status = Filled == Quantity ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
        UpdatedAt = now;
    }

    public void Trigger(UnixNanos now)
    {
        IsTriggered = true;
        UpdatedAt = now;
    }

    public void Finish(OrderStatus status, UnixNanos now)
    {
        Status = status;
        UpdatedAt = now;
    }

    public void RenameClientOrderId(ClientOrderId clientOrderId)
    {
        OrigClientOrderId = ClientOrderId;
        ClientOrderId = clientOrderId;
    }

    public void Amend(decimal quantity, Price? limitPrice, Price? stopPrice, UnixNanos now)
    {
        Quantity = quantity;
        LimitPrice = limitPrice;
        StopPrice = stopPrice;
        UpdatedAt = now;
    }

    public OrderState Snapshot() => new(
        VenueOrderId,
        ClientOrderId,
        OrigClientOrderId,
        Participant,
        Account,
        Instrument,
        Side,
        Type,
        TimeInForce,
        new Quantity(Quantity),
        LimitPrice,
        StopPrice,
        ExpireAt,
        Status,
        new Quantity(Filled),
        new Quantity(Leaves),
        Filled == 0m ? Price.Zero : new Price(_notional / Filled),
        IsTriggered,
        TimePriority,
        AcceptedAt,
        UpdatedAt);
}
