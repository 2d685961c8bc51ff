using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// An order as the venue sees it at one instant: everything an ExecutionReport needs. Every venue event carries the
/// state just after it. <see cref="ClientOrderId"/> is the order's latest ClOrdID (it changes with each accepted
/// cancel or replace request) and <see cref="OrigClientOrderId"/> the one before it.
/// </summary>
/// <param name="Status">New, PartiallyFilled, Filled, Canceled, Expired, or Rejected (for a rejected request).</param>
/// <param name="AveragePrice">Quantity-weighted average fill price; zero before the first fill.</param>
/// <param name="IsTriggered">For Stop and StopLimit orders: whether the stop has been triggered.</param>
/// <param name="TimePriority">
/// The order's place in time priority (smaller is earlier); given when it enters the book, and again when a replace
/// loses priority or a stop triggers. Zero for an order that never entered the book.
/// </param>
public sealed record OrderState(
    VenueOrderId VenueOrderId,
    ClientOrderId ClientOrderId,
    ClientOrderId? OrigClientOrderId,
    ParticipantId Participant,
    AccountId? Account,
    InstrumentId Instrument,
    OrderSide Side,
    OrderType Type,
    TimeInForce TimeInForce,
    Quantity Quantity,
    Price? LimitPrice,
    Price? StopPrice,
    UnixNanos? ExpireAt,
    OrderStatus Status,
    Quantity CumulativeQuantity,
    Quantity LeavesQuantity,
    Price AveragePrice,
    bool IsTriggered,
    long TimePriority,
    UnixNanos AcceptedAt,
    UnixNanos UpdatedAt)
{
    /// <summary>Still working: it can trade, be canceled or be replaced.</summary>
    public bool IsOpen => Status is OrderStatus.New or OrderStatus.PartiallyFilled;

    /// <summary>The state reported for a refused new order: the request echoed, status Rejected, nothing filled.</summary>
    internal static OrderState ForRejectedRequest(VenueOrderId venueOrderId, NewOrderRequest request, UnixNanos now) => new(
        venueOrderId,
        request.ClientOrderId,
        null,
        request.Participant,
        request.Account,
        request.Instrument,
        request.Side,
        request.Type,
        request.TimeInForce,
        request.Quantity,
        request.LimitPrice,
        request.StopPrice,
        request.ExpireAt,
        OrderStatus.Rejected,
        Quantity.Zero,
        Quantity.Zero,
        Price.Zero,
        false,
        0,
        now,
        now);
}
