using System.Globalization;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;
using OrleansTrading.VenueSimulator.Listings;
using OrleansTrading.VenueSimulator.Matching;

namespace OrleansTrading.VenueSimulator.Gateway;

/// <summary>
/// Reads the five order-flow messages into the matching engine's requests. Only what the wire cannot express as a
/// request is refused here (a missing or malformed field, an unusable id, a negative quantity), with
/// <see cref="RequestRejectedException"/>; everything the venue can judge — unsupported side, type or time in force, an
/// unknown symbol, a price off the tick grid — is left to the engine, whose reject is an ExecutionReport or
/// OrderCancelReject with a Text that says what is wrong.
/// </summary>
internal static class FixRequestReader
{
    private const int ExpireTimeTag = 126;
    private const int MassStatusReqIdTag = 584;
    private const int MassStatusReqTypeTag = 585;
    private const int OrdStatusReqIdTag = 790;
    private const int AllOrders = 7;
    private const int OrdersForSecurity = 1;

    /// <summary>NewOrderSingle (35=D).</summary>
    public static NewOrderRequest NewOrder(FixMessage message, ParticipantId participant, SymbolMap symbols)
    {
        var type = FixCodes.OrdType(RequiredChar(message, FixTags.OrdType, "OrdType"));
        return new NewOrderRequest(
            participant,
            ClientOrderIdOf(message, FixTags.ClOrdId, "ClOrdID")!.Value,
            Instrument(message, symbols),
            FixCodes.Side(RequiredChar(message, FixTags.Side, "Side")),
            type,
            QuantityOf(message),
            FixCodes.TimeInForce(OptionalChar(message, FixTags.TimeInForce, "TimeInForce") ?? '0'),
            PriceOf(message, FixTags.Price, "Price"),
            PriceOf(message, FixTags.StopPx, "StopPx"),
            ExpireTimeOf(message),
            AccountOf(message));
    }

    /// <summary>OrderCancelRequest (35=F).</summary>
    public static CancelOrderRequest Cancel(FixMessage message, ParticipantId participant, SymbolMap symbols) => new(
        participant,
        ClientOrderIdOf(message, FixTags.ClOrdId, "ClOrdID")!.Value,
        Instrument(message, symbols),
        OrigClientOrderIdOf(message),
        VenueOrderIdOf(message));

    /// <summary>OrderCancelReplaceRequest (35=G).</summary>
    public static ReplaceOrderRequest Replace(FixMessage message, ParticipantId participant, SymbolMap symbols) => new(
        participant,
        ClientOrderIdOf(message, FixTags.ClOrdId, "ClOrdID")!.Value,
        Instrument(message, symbols),
        FixCodes.Side(RequiredChar(message, FixTags.Side, "Side")),
        FixCodes.OrdType(RequiredChar(message, FixTags.OrdType, "OrdType")),
        QuantityOf(message),
        PriceOf(message, FixTags.Price, "Price"),
        PriceOf(message, FixTags.StopPx, "StopPx"),
        OrigClientOrderIdOf(message),
        VenueOrderIdOf(message));

    /// <summary>OrderStatusRequest (35=H): the request, its OrdStatusReqID (790) if any, and its Side to echo.</summary>
    public static (OrderStatusRequest Request, string? OrdStatusReqId, char Side) Status(FixMessage message, ParticipantId participant, SymbolMap symbols)
    {
        var clientOrderId = ClientOrderIdOf(message, FixTags.ClOrdId, "ClOrdID", required: false);
        var venueOrderId = VenueOrderIdOf(message);
        if (clientOrderId is null && venueOrderId is null)
        {
            throw new RequestRejectedException(BusinessRejectReason.ConditionallyRequiredFieldMissing, "Name the order by ClOrdID (11) or OrderID (37).");
        }

        var request = new OrderStatusRequest(participant, Instrument(message, symbols), clientOrderId, venueOrderId);
        return (request, message.GetString(OrdStatusReqIdTag), OptionalChar(message, FixTags.Side, "Side") ?? '7');
    }

    /// <summary>
    /// OrderMassStatusRequest (35=AF): its MassStatusReqID (584), the instrument it is limited to (MassStatusReqType
    /// 585 = 1, orders for one security) or null (585 = 7, all orders), the Symbol to echo when no order is open, and
    /// its Side, if any. Other request types are refused: this venue has no parties, products or trading sessions.
    /// </summary>
    public static (string MassStatusReqId, InstrumentId? Instrument, string Symbol, char? Side) MassStatus(FixMessage message, SymbolMap symbols)
    {
        var massStatusReqId = message.GetString(MassStatusReqIdTag) is { Length: > 0 } id
            ? id
            : throw Missing(MassStatusReqIdTag, "MassStatusReqID");
        if (!message.TryGetInt(MassStatusReqTypeTag, out var type))
        {
            throw Missing(MassStatusReqTypeTag, "MassStatusReqType");
        }

        var side = OptionalChar(message, FixTags.Side, "Side");
        switch (type)
        {
            case AllOrders:
                return (massStatusReqId, null, message.GetString(FixTags.Symbol) ?? ExecutionReportWriter.None, side);
            case OrdersForSecurity when message.Contains(FixTags.Symbol):
                return (massStatusReqId, Instrument(message, symbols), message.GetString(FixTags.Symbol)!, side);
            case OrdersForSecurity:
                throw new RequestRejectedException(BusinessRejectReason.ConditionallyRequiredFieldMissing, "MassStatusReqType 1 (orders for a security) needs a Symbol (55).");
            default:
                throw new RequestRejectedException(
                    BusinessRejectReason.Other,
                    $"MassStatusReqType {type.ToString(CultureInfo.InvariantCulture)} is not supported; use 7 (all orders) or 1 (orders for one security, with Symbol).");
        }
    }

    private static InstrumentId Instrument(FixMessage message, SymbolMap symbols)
    {
        var symbol = message.GetString(FixTags.Symbol) ?? throw Missing(FixTags.Symbol, "Symbol");
        return symbols.Resolve(symbol, out var problem) ?? throw new RequestRejectedException(BusinessRejectReason.UnknownSecurity, problem!);
    }

    private static ClientOrderId? ClientOrderIdOf(FixMessage message, int tag, string name, bool required = true)
    {
        var text = message.GetString(tag);
        if (text is null)
        {
            return required ? throw Missing(tag, name) : null;
        }

        return Identifier.Check(text, $"{name} ({tag})") is { } problem
            ? throw new RequestRejectedException(BusinessRejectReason.Other, problem)
            : new ClientOrderId(text);
    }

    private static ClientOrderId? OrigClientOrderIdOf(FixMessage message) =>
        ClientOrderIdOf(message, FixTags.OrigClOrdId, "OrigClOrdID", required: !message.Contains(FixTags.OrderId));

    private static VenueOrderId? VenueOrderIdOf(FixMessage message)
    {
        var text = message.GetString(FixTags.OrderId);
        if (text is null || text == ExecutionReportWriter.None)
        {
            return null;
        }

        return Identifier.Check(text, "OrderID (37)") is { } problem
            ? throw new RequestRejectedException(BusinessRejectReason.UnknownId, problem)
            : new VenueOrderId(text);
    }

    private static AccountId? AccountOf(FixMessage message)
    {
        var text = message.GetString(FixTags.Account);
        if (text is null)
        {
            return null;
        }

        return Identifier.Check(text, "Account (1)") is { } problem
            ? throw new RequestRejectedException(BusinessRejectReason.Other, problem)
            : new AccountId(text);
    }

    private static Quantity QuantityOf(FixMessage message)
    {
        if (!message.Contains(FixTags.OrderQty))
        {
            throw new RequestRejectedException(BusinessRejectReason.ConditionallyRequiredFieldMissing, "OrderQty (38) is required: this venue takes quantities, not cash amounts.");
        }

        var quantity = Number(message, FixTags.OrderQty, "OrderQty");
        return quantity >= 0m
            ? new Quantity(quantity)
            : throw new RequestRejectedException(BusinessRejectReason.Other, $"OrderQty (38) is {quantity.ToString(CultureInfo.InvariantCulture)}; it must be positive.");
    }

    private static Price? PriceOf(FixMessage message, int tag, string name) =>
        message.Contains(tag) ? new Price(Number(message, tag, name)) : null;

    private static UnixNanos? ExpireTimeOf(FixMessage message)
    {
        if (!message.Contains(ExpireTimeTag))
        {
            return null;
        }

        return message.TryGetTimestamp(ExpireTimeTag, out var expireTime)
            ? UnixNanos.FromDateTime(expireTime)
            : throw Malformed(message, ExpireTimeTag, "ExpireTime", "a UTC timestamp (yyyyMMdd-HH:mm:ss[.sss])");
    }

    private static decimal Number(FixMessage message, int tag, string name) =>
        message.TryGetDecimal(tag, out var value) ? value : throw Malformed(message, tag, name, "a number");

    private static char RequiredChar(FixMessage message, int tag, string name) =>
        OptionalChar(message, tag, name) ?? throw Missing(tag, name);

    private static char? OptionalChar(FixMessage message, int tag, string name)
    {
        if (!message.Contains(tag))
        {
            return null;
        }

        return message.TryGetChar(tag, out var value) ? value : throw Malformed(message, tag, name, "one character");
    }

    private static RequestRejectedException Missing(int tag, string name) =>
        new(BusinessRejectReason.ConditionallyRequiredFieldMissing, $"{name} ({tag}) is required.");

    private static RequestRejectedException Malformed(FixMessage message, int tag, string name, string expected) =>
        new(BusinessRejectReason.Other, $"{name} ({tag}) is '{message.GetString(tag)}'; it must be {expected}.");
}
