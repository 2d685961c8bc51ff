using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.MarketData;
using OrleansTrading.Domain.Orders;

namespace OrleansTrading.Grains.Venues.Paper;

/// <summary>
/// The paper venue's working orders per instrument, indexed by the price a quote must reach before they can trade, so
/// a quote visits only the orders it can fill instead of every working order: live buy limits from the highest limit
/// down while the limit is at or above the ask, live sell limits from the lowest up while the limit is at or below the
/// bid, and always the few orders whose trading does not hang on a limit alone (market orders still working, stops
/// not yet triggered). An order's price or stop state must not change while it is filed: remove it, change it, add it.
/// </summary>
internal sealed class RestingOrderBook
{
    private readonly Dictionary<InstrumentId, InstrumentOrders> _instruments = [];
    private readonly Dictionary<WorkingOrder, Filed> _filed = new(ReferenceEqualityComparer.Instance);

    public int Count => _filed.Count;

    public void Add(WorkingOrder order)
    {
        if (_filed.ContainsKey(order))
        {
            return;
        }

        if (!_instruments.TryGetValue(order.Order.Instrument, out var orders))
        {
            orders = new InstrumentOrders();
            _instruments[order.Order.Instrument] = orders;
        }

        Filed filed;
        if (IsLiveLimit(order, out var limit))
        {
            // buys are keyed by the negated limit so both sides are walked in ascending key order, best price first
            var entry = new Entry(order.Order.Side == OrderSide.Buy ? -limit : limit, order.Sequence, order);
            (order.Order.Side == OrderSide.Buy ? orders.Buys : orders.Sells).Add(entry);
            filed = new Filed(orders, entry);
        }
        else
        {
            orders.Always.Add(order);
            filed = new Filed(orders, null);
        }

        _filed[order] = filed;
    }

    public void Remove(WorkingOrder order)
    {
        if (!_filed.Remove(order, out var filed))
        {
            return;
        }

        if (filed.Entry is { } entry)
        {
            (order.Order.Side == OrderSide.Buy ? filed.Orders.Buys : filed.Orders.Sells).Remove(entry);
        }
        else
        {
            filed.Orders.Always.Remove(order);
        }
    }

    /// <summary>The orders on the quote's instrument that it may fill (a new list: the caller may change the book while using it).</summary>
    public List<WorkingOrder> Reachable(QuoteTick quote)
    {
        var reachable = new List<WorkingOrder>();
        if (!_instruments.TryGetValue(quote.Instrument, out var orders))
        {
            return reachable;
        }

        reachable.AddRange(orders.Always);
        foreach (var buy in orders.Buys)
        {
            if (-buy.Key < quote.Ask.Value)
            {
                break;
            }

            reachable.Add(buy.Order);
        }

        foreach (var sell in orders.Sells)
        {
            if (sell.Key > quote.Bid.Value)
            {
                break;
            }

            reachable.Add(sell.Order);
        }

        return reachable;
    }

    /// <summary>A limit order, or a stop-limit whose stop has triggered: it trades exactly when the touch reaches its limit.</summary>
    private static bool IsLiveLimit(WorkingOrder order, out decimal limit)
    {
        limit = order.LimitPrice?.Value ?? 0m;
        return order.LimitPrice is not null
            && (order.Order.Type == OrderType.Limit || (order.Order.Type == OrderType.StopLimit && order.StopTriggered));
    }

    private sealed class InstrumentOrders
    {
        public SortedSet<Entry> Buys { get; } = new(EntryOrder.Instance);

        public SortedSet<Entry> Sells { get; } = new(EntryOrder.Instance);

        public HashSet<WorkingOrder> Always { get; } = new(ReferenceEqualityComparer.Instance);
    }

    private sealed record Entry(decimal Key, long Sequence, WorkingOrder Order);

    private sealed record Filed(InstrumentOrders Orders, Entry? Entry);

    /// <summary>By key, then by arrival (time priority among equal prices).</summary>
    private sealed class EntryOrder : IComparer<Entry>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare(Entry? x, Entry? y)
        {
            var byKey = x!.Key.CompareTo(y!.Key);
            return byKey != 0 ? byKey : x.Sequence.CompareTo(y.Sequence);
        }
    }
}
