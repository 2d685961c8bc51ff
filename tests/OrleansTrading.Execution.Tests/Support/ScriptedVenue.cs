using System.Collections.Concurrent;
using System.Globalization;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;

namespace OrleansTrading.Execution.Tests.Support;

/// <summary>
/// The venue side of the connector tests, behind our own <c>FixAcceptor</c>: it keeps the orders it was sent, acks them
/// when told to, and answers status and mass status requests from what it holds. Tests drive fills and behaviours
/// (forget orders, ignore cancels, fill without telling) to create the situations reconciliation must settle.
/// </summary>
internal sealed class ScriptedVenue : IFixApplication
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, VenueOrder> _orders = new(StringComparer.Ordinal);
    private long _execIds;
    private long _orderIds;
    private FixSession? _session;

    public ConcurrentQueue<FixMessage> Received { get; } = new();

    /// <summary>Acknowledge each NewOrderSingle at once (default).</summary>
    public bool AutoAck { get; set; } = true;

    /// <summary>Drop NewOrderSingles without a trace (they "never arrived").</summary>
    public bool DropNewOrders { get; set; }

    /// <summary>Record cancels and replaces but never act on them.</summary>
    public bool IgnoreCancels { get; set; }

    /// <summary>Answer OrderMassStatusRequest (otherwise refuse it with a BusinessMessageReject).</summary>
    public bool SupportsMassStatus { get; set; } = true;

    public FixSession? Session => _session;

    public IEnumerable<FixMessage> ReceivedOf(string msgType) => Received.Where(m => m.MsgType == msgType);

    public ApplicationMessageResult OnMessage(FixSession session, FixMessage message)
    {
        Received.Enqueue(message.Clone());
        lock (_lock)
        {
            switch (message.MsgType)
            {
                case FixMsgTypes.NewOrderSingle:
                    OnNewOrder(session, message);
                    break;
                case FixMsgTypes.OrderCancelRequest:
                    OnCancel(session, message);
                    break;
                case FixMsgTypes.OrderCancelReplaceRequest:
                    OnReplace(session, message);
                    break;
                case FixMsgTypes.OrderStatusRequest:
                    OnStatusRequest(session, message);
                    break;
                case FixMsgTypes.OrderMassStatusRequest:
                    if (!SupportsMassStatus)
                    {
                        return ApplicationMessageResult.UnsupportedMessageType;
                    }

                    OnMassStatusRequest(session, message);
                    break;
                default:
                    return ApplicationMessageResult.UnsupportedMessageType;
            }
        }

        return ApplicationMessageResult.Accepted;
    }

    public void OnLogon(FixSession session) => _session = session;

    /// <summary>Acknowledges an order the venue holds (ExecType New).</summary>
    public void Ack(string clOrdId) => Send(Report(Find(clOrdId), '0', possDup: false));

    /// <summary>
    /// Fills <paramref name="quantity"/> at <paramref name="price"/> and sends the report, then <paramref name="duplicates"/>
    /// more copies with the same ExecID (new messages: the engine writes PossDupFlag only on resends).
    /// </summary>
    public void Fill(string clOrdId, decimal quantity, decimal price, int duplicates = 0)
    {
        lock (_lock)
        {
            var order = Find(clOrdId);
            order.Execute(quantity, price);
            var report = Report(order, 'F', possDup: false, lastQty: quantity, lastPx: price);
            Send(report);
            for (var i = 0; i < duplicates; i++)
            {
                Send(report);
            }
        }
    }

    /// <summary>Fills at the venue without telling the platform (the report is lost): only a status request reveals it.</summary>
    public void FillSilently(string clOrdId, decimal quantity, decimal price)
    {
        lock (_lock)
        {
            Find(clOrdId).Execute(quantity, price);
        }
    }

    /// <summary>Sends any message (e.g. a report for an order the platform does not know).</summary>
    public bool Send(FixMessageBuilder message) => _session?.Send(message) ?? false;

    public VenueOrder Find(string clOrdId)
    {
        lock (_lock)
        {
            return _orders.Values.Single(o => o.ClOrdIds.Contains(clOrdId));
        }
    }

    public bool Knows(string clOrdId)
    {
        lock (_lock)
        {
            return _orders.Values.Any(o => o.ClOrdIds.Contains(clOrdId));
        }
    }

    /// <summary>An ExecutionReport for the order as the venue holds it.</summary>
    public FixMessageBuilder Report(VenueOrder order, char execType, bool possDup, decimal lastQty = 0m, decimal lastPx = 0m, string? origClOrdId = null)
    {
        var builder = new FixMessageBuilder(FixMsgTypes.ExecutionReport)
            .Add(FixTags.OrderId, order.OrderId);
        builder.Add(FixTags.ClOrdId, order.ClOrdIds[^1]);
        if (origClOrdId is not null)
        {
            builder.Add(FixTags.OrigClOrdId, origClOrdId);
        }

        builder.Add(FixTags.ExecId, "X" + Interlocked.Increment(ref _execIds).ToString(CultureInfo.InvariantCulture))
            .Add(FixTags.ExecType, execType)
            .Add(FixTags.OrdStatus, order.Status)
            .Add(FixTags.Symbol, order.Symbol)
            .Add(FixTags.Side, order.Side)
            .Add(FixTags.OrderQty, order.Quantity)
            .Add(FixTags.Price, order.Price);
        if (lastQty > 0m)
        {
            builder.Add(FixTags.LastQty, lastQty).Add(FixTags.LastPx, lastPx);
        }

        builder.Add(FixTags.LeavesQty, order.Leaves).Add(FixTags.CumQty, order.CumQty).Add(FixTags.AvgPx, order.AvgPx)
            .AddTimestamp(FixTags.TransactTime, DateTime.UtcNow);
        if (possDup)
        {
            builder.Add(FixTags.PossDupFlag, true);
        }

        return builder;
    }

    private void OnNewOrder(FixSession session, FixMessage message)
    {
        if (DropNewOrders)
        {
            return;
        }

        var order = new VenueOrder(
            "V" + Interlocked.Increment(ref _orderIds).ToString(CultureInfo.InvariantCulture),
            message.GetRequiredString(FixTags.ClOrdId),
            message.GetRequiredString(FixTags.Symbol),
            message.GetChar(FixTags.Side),
            message.GetDecimal(FixTags.OrderQty),
            message.TryGetDecimal(FixTags.Price, out var price) ? price : 0m);
        _orders[order.OrderId] = order;
        if (AutoAck)
        {
            session.Send(Report(order, '0', possDup: false));
        }
    }

    private void OnCancel(FixSession session, FixMessage message)
    {
        if (IgnoreCancels)
        {
            return;
        }

        var orig = message.GetRequiredString(FixTags.OrigClOrdId);
        var order = _orders.Values.Single(o => o.ClOrdIds.Contains(orig));
        order.ClOrdIds.Add(message.GetRequiredString(FixTags.ClOrdId));
        order.Status = '4';
        session.Send(Report(order, '4', possDup: false, origClOrdId: orig));
    }

    private void OnReplace(FixSession session, FixMessage message)
    {
        if (IgnoreCancels)
        {
            return;
        }

        var orig = message.GetRequiredString(FixTags.OrigClOrdId);
        var order = _orders.Values.Single(o => o.ClOrdIds.Contains(orig));
        order.ClOrdIds.Add(message.GetRequiredString(FixTags.ClOrdId));
        order.Quantity = message.GetDecimal(FixTags.OrderQty);
        order.Price = message.GetDecimal(FixTags.Price);
        session.Send(Report(order, '5', possDup: false, origClOrdId: orig));
    }

    private void OnStatusRequest(FixSession session, FixMessage message)
    {
        var clOrdId = message.GetRequiredString(FixTags.ClOrdId);
        var order = _orders.Values.SingleOrDefault(o => o.ClOrdIds.Contains(clOrdId));
        if (order is null)
        {
            session.Send(new FixMessageBuilder(FixMsgTypes.ExecutionReport)
                .Add(FixTags.OrderId, "NONE").Add(FixTags.ClOrdId, clOrdId)
                .Add(FixTags.ExecId, "X" + Interlocked.Increment(ref _execIds).ToString(CultureInfo.InvariantCulture))
                .Add(FixTags.ExecType, 'I').Add(FixTags.OrdStatus, '8').Add(103, 5)
                .Add(FixTags.Symbol, message.GetRequiredString(FixTags.Symbol)).Add(FixTags.Side, message.GetChar(FixTags.Side))
                .Add(FixTags.LeavesQty, 0m).Add(FixTags.CumQty, 0m).Add(FixTags.AvgPx, 0m)
                .Add(FixTags.Text, "Unknown order").AddTimestamp(FixTags.TransactTime, DateTime.UtcNow));
            return;
        }

        session.Send(Report(order, 'I', possDup: false).Add(790, message.GetRequiredString(790)));
    }

    private void OnMassStatusRequest(FixSession session, FixMessage message)
    {
        var requestId = message.GetRequiredString(584);
        var open = _orders.Values.Where(o => o.Status is '0' or '1').ToList();
        if (open.Count == 0)
        {
            session.Send(new FixMessageBuilder(FixMsgTypes.ExecutionReport)
                .Add(FixTags.OrderId, "NONE").Add(FixTags.ExecId, "X" + Interlocked.Increment(ref _execIds).ToString(CultureInfo.InvariantCulture))
                .Add(584, requestId).Add(911, 0).Add(912, true)
                .Add(FixTags.ExecType, 'I').Add(FixTags.OrdStatus, '8').Add(FixTags.Symbol, "[N/A]").Add(FixTags.Side, '1')
                .Add(FixTags.LeavesQty, 0m).Add(FixTags.CumQty, 0m).Add(FixTags.AvgPx, 0m));
            return;
        }

        for (var i = 0; i < open.Count; i++)
        {
            session.Send(Report(open[i], 'I', possDup: false).Add(584, requestId).Add(911, open.Count).Add(912, i == open.Count - 1));
        }
    }

    /// <summary>An order as the venue holds it.</summary>
    internal sealed class VenueOrder(string orderId, string clOrdId, string symbol, char side, decimal quantity, decimal price)
    {
        public string OrderId { get; } = orderId;

        public List<string> ClOrdIds { get; } = [clOrdId];

        public string Symbol { get; } = symbol;

        public char Side { get; } = side;

        public decimal Quantity { get; set; } = quantity;

        public decimal Price { get; set; } = price;

        public decimal CumQty { get; private set; }

        public decimal AvgPx { get; private set; }

        public char Status { get; set; } = '0';

        public decimal Leaves => Status is '4' or '2' or '8' or 'C' ? 0m : Quantity - CumQty;

        public void Execute(decimal quantity, decimal price)
        {
            AvgPx = ((AvgPx * CumQty) + (quantity * price)) / (CumQty + quantity);
            CumQty += quantity;
            Status = CumQty == Quantity ? '2' : '1';
        }
    }
}
