using System.Globalization;
using OrleansTrading.Fix.Codec;

namespace OrleansTrading.VenueSimulator.Tests.Fix;

/// <summary>Builders of the order-flow messages the tests send.</summary>
internal static class FixOrders
{
    public static FixMessageBuilder Limit(string clOrdId, string symbol, char side, decimal quantity, decimal price, char timeInForce = '0') =>
        new FixMessageBuilder(FixMsgTypes.NewOrderSingle)
            .Add(FixTags.ClOrdId, clOrdId).Add(FixTags.Symbol, symbol).Add(FixTags.Side, side)
            .AddTimestamp(FixTags.TransactTime, DateTime.UtcNow).Add(FixTags.OrderQty, quantity)
            .Add(FixTags.OrdType, '2').Add(FixTags.Price, price).Add(FixTags.TimeInForce, timeInForce);

    public static FixMessageBuilder Cancel(string clOrdId, string origClOrdId, string symbol, char side) =>
        new FixMessageBuilder(FixMsgTypes.OrderCancelRequest)
            .Add(FixTags.OrigClOrdId, origClOrdId).Add(FixTags.ClOrdId, clOrdId).Add(FixTags.Symbol, symbol).Add(FixTags.Side, side)
            .AddTimestamp(FixTags.TransactTime, DateTime.UtcNow);

    public static FixMessageBuilder Replace(string clOrdId, string origClOrdId, string symbol, char side, decimal quantity, decimal price) =>
        new FixMessageBuilder(FixMsgTypes.OrderCancelReplaceRequest)
            .Add(FixTags.OrigClOrdId, origClOrdId).Add(FixTags.ClOrdId, clOrdId).Add(FixTags.Symbol, symbol).Add(FixTags.Side, side)
            .AddTimestamp(FixTags.TransactTime, DateTime.UtcNow).Add(FixTags.OrderQty, quantity).Add(FixTags.OrdType, '2').Add(FixTags.Price, price);

    public static FixMessageBuilder Status(string clOrdId, string symbol, char side, string ordStatusReqId) =>
        new FixMessageBuilder(FixMsgTypes.OrderStatusRequest)
            .Add(FixTags.ClOrdId, clOrdId).Add(FixTags.Symbol, symbol).Add(FixTags.Side, side).Add(790, ordStatusReqId);

    public static FixMessageBuilder MassStatus(string massStatusReqId) =>
        new FixMessageBuilder(FixMsgTypes.OrderMassStatusRequest).Add(584, massStatusReqId).Add(585, 7);

    public static decimal Decimal(this FixMessage message, int tag) => message.GetDecimal(tag);

    public static string Text(this FixMessage message, int tag) => message.GetString(tag) ?? throw new InvalidOperationException(
        string.Create(CultureInfo.InvariantCulture, $"tag {tag} missing in {message}"));
}
