using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// A request to change an open order (FIX OrderCancelReplaceRequest): its total quantity and its prices. Side and type
/// must repeat the order's own (changing them is refused); time in force cannot change. <paramref name="Quantity"/> is
/// the new total order quantity and must exceed what is already filled. The order is named as in
/// <see cref="CancelOrderRequest"/>; <paramref name="ClientOrderId"/> becomes its new ClOrdID.
/// Priority: the order keeps its place in the queue only when its prices are unchanged and its quantity does not
/// grow; any price change or quantity increase sends it to the back of its (new) price level.
/// </summary>
public sealed record ReplaceOrderRequest(
    ParticipantId Participant,
    ClientOrderId ClientOrderId,
    InstrumentId Instrument,
    OrderSide Side,
    OrderType Type,
    Quantity Quantity,
    Price? LimitPrice,
    Price? StopPrice,
    ClientOrderId? OrigClientOrderId = null,
    VenueOrderId? VenueOrderId = null);
