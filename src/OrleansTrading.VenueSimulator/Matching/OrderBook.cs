using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// A price-time priority limit order book for one instrument: pure and deterministic (no I/O, no clock: every
/// operation is given its time), not thread-safe (one caller at a time, as a grain or an event loop gives).
/// Every operation returns the venue events it caused, in order; the same operations in the same order always give
/// the same events, ids included.
/// <list type="bullet">
/// <item>An incoming order trades against the opposite side at the resting orders' prices, best price first and,
/// at one price, oldest first; its remainder rests (Day, GTC, GTD limit orders) or is canceled (IOC, market
/// orders). A FOK order trades completely or not at all.</item>
/// <item>Stop and StopLimit orders wait, unseen, until a trade at or through their stop price (buy: last ≥ stop,
/// sell: last ≤ stop), or arrive already triggered when the last trade is there. They then work as market or limit
/// orders with new time priority, after the operation that triggered them, oldest trigger first.</item>
/// <item>Self-trade prevention, cancel newest: an order that reaches a resting order of its own participant stops
/// there and its remainder is canceled; the resting order keeps its place, fills made before stand. A FOK order
/// counts only the liquidity ahead of its own resting orders.</item>
/// <item>Cancel-replace keeps time priority only when prices are unchanged and the quantity does not grow;
/// otherwise the order goes to the back of its (new) level and, if its new price crosses, trades first.</item>
/// <item>Done orders (and their ClOrdIDs) are remembered for status requests and duplicate checks until
/// <see cref="EndOfDay"/>.</item>
/// </list>
/// </summary>
public sealed class OrderBook
{
    /// <summary>Longest id prefix: leaves room for a kind letter and any sequence number within 64 characters.</summary>
    public const int MaxIdPrefixLength = 40;

    private readonly BookSide _bids = new(OrderSide.Buy);
    private readonly BookSide _asks = new(OrderSide.Sell);
    private readonly BookIds _ids;
    private readonly Dictionary<VenueOrderId, BookOrder> _ordersById = [];
    private readonly Dictionary<(ParticipantId, ClientOrderId), BookOrder> _ordersByClientId = [];
    private readonly SortedDictionary<long, BookOrder> _open = [];
    private readonly List<BookOrder> _pendingStops = [];
    private readonly Queue<BookOrder> _triggeredStops = new();
    private readonly Queue<BookOrder> _spentLadderOrders = new();
    private List<VenueEvent> _events = [];
    private UnixNanos _now;
    private long _lastTimePriority;

    /// <param name="idPrefix">
    /// Starts every id the book makes (venue order ids, exec ids, trade ids): 1–40 printable ASCII characters. Give
    /// each book of a venue its own, and include something unique per venue run (e.g. its start time) when ids must
    /// not repeat across restarts — clients deduplicate executions by ExecID.
    /// </param>
    public OrderBook(Instrument instrument, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (Identifier.Check(idPrefix, nameof(idPrefix)) is { } problem)
        {
            throw new ArgumentException(problem, nameof(idPrefix));
        }

        if (idPrefix.Length > MaxIdPrefixLength)
        {
            throw new ArgumentException(
                $"idPrefix '{idPrefix}' is {idPrefix.Length} characters long; at most {MaxIdPrefixLength} are allowed so that ids stay within {Identifier.MaxLength}.",
                nameof(idPrefix));
        }

        Instrument = instrument;
        _ids = new BookIds(idPrefix);
    }

    public Instrument Instrument { get; }

    public string IdPrefix => _ids.Prefix;

    /// <summary>The liquidity ladder seeded with <see cref="SeedLiquidity"/>, if any.</summary>
    public LiquidityLadder? Ladder { get; private set; }

    public Price? BestBid => _bids.Best?.Price;

    public Price? BestAsk => _asks.Best?.Price;

    /// <summary>The price of the most recent match in the book (what triggers stop orders); null before the first.</summary>
    public Price? LastTradePrice { get; private set; }

    /// <summary>Open orders: resting, plus stop orders waiting for their trigger.</summary>
    public int OpenOrderCount => _open.Count;

    /// <summary>Accepts, matches and rests (or cancels the remainder of) a new order.</summary>
    public IReadOnlyList<VenueEvent> Submit(NewOrderRequest request, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(request);
        Begin(now);
        if (CheckNewOrder(request) is { } rejection)
        {
            EmitRejected(request, rejection);
            return End();
        }

        var order = Accept(request, isLadderOrder: false, entersBook: true);
        if (order.IsStop)
        {
            Arm(order);
        }
        else
        {
            Execute(order);
        }

        Settle();
        return End();
    }

    /// <summary>Cancels an open order: <see cref="OrderCanceled"/>, or <see cref="CancelRejected"/> changing nothing.</summary>
    public IReadOnlyList<VenueEvent> Cancel(CancelOrderRequest request, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(request);
        Begin(now);
        if (FindOpenOrderFor(CancelRequestKind.Cancel, request.Participant, request.ClientOrderId, request.Instrument, request.OrigClientOrderId, request.VenueOrderId) is { } order)
        {
            Rename(order, request.ClientOrderId);
            Cancel(order, CancelReason.ClientRequest);
        }

        return End();
    }

    /// <summary>
    /// Changes an open order's quantity and prices (see <see cref="ReplaceOrderRequest"/> for the priority rule):
    /// <see cref="OrderReplaced"/> followed by any fills its new price brings, or <see cref="CancelRejected"/>.
    /// </summary>
    public IReadOnlyList<VenueEvent> Replace(ReplaceOrderRequest request, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(request);
        Begin(now);
        if (FindOpenOrderFor(CancelRequestKind.Replace, request.Participant, request.ClientOrderId, request.Instrument, request.OrigClientOrderId, request.VenueOrderId) is not { } order)
        {
            return End();
        }

        if (CheckReplacement(order, request) is { } problem)
        {
            var reason = problem.Reason == OrderRejectReason.BrokerOption ? CancelRejectReason.BrokerOption : CancelRejectReason.Other;
            EmitCancelRejected(CancelRequestKind.Replace, request.Participant, request.ClientOrderId, request.Instrument, request.OrigClientOrderId, request.VenueOrderId, reason, problem.Text, order);
            return End();
        }

        var keepsPriority = request.LimitPrice == order.LimitPrice
            && request.StopPrice == order.StopPrice
            && request.Quantity.Value <= order.Quantity;
        var reenters = order.IsResting && !keepsPriority;
        if (reenters)
        {
            SideOf(order.Side).Remove(order);
            order.TimePriority = ++_lastTimePriority;
        }

        Rename(order, request.ClientOrderId);
        order.Amend(request.Quantity.Value, request.LimitPrice, request.StopPrice, _now);
        Emit(new OrderReplaced(_ids.NextExec(), _now, order.Snapshot(), keepsPriority));
        if (reenters)
        {
            Execute(order);
        }
        else if (order.IsStop && !order.IsTriggered)
        {
            Rearm(order, keepsPriority);
        }

        Settle();
        return End();
    }

    /// <summary>Reports one order of the requesting participant, open or done today (<see cref="OrderStatusReported"/>).</summary>
    public IReadOnlyList<VenueEvent> ReportStatus(OrderStatusRequest request, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(request);
        Begin(now);
        string? problem;
        if (request.Instrument != Instrument.Id)
        {
            problem = $"This book trades {Instrument.Id}, not {request.Instrument}.";
        }
        else if (TryLocate(request.Participant, request.ClientOrderId, request.VenueOrderId, out var order, out problem))
        {
            Emit(new OrderStatusReported(_ids.NextExec(), _now, order.Snapshot()));
            return End();
        }

        Emit(new OrderStatusRejected(_now, request.Participant, request.Instrument, request.ClientOrderId, request.VenueOrderId, problem!));
        return End();
    }

    /// <summary>Reports every open order of <paramref name="participant"/>, oldest first; no events when there is none.</summary>
    public IReadOnlyList<VenueEvent> ReportMassStatus(ParticipantId participant, UnixNanos now)
    {
        Begin(now);
        foreach (var order in _open.Values)
        {
            if (order.Participant == participant)
            {
                Emit(new OrderStatusReported(_ids.NextExec(), _now, order.Snapshot()));
            }
        }

        return End();
    }

    /// <summary>Expires GTD orders whose expire time is at or before <paramref name="now"/>.</summary>
    public IReadOnlyList<VenueEvent> ExpireOrders(UnixNanos now)
    {
        Begin(now);
        foreach (var order in OpenOrdersWhere(static (order, time) => order.TimeInForce == TimeInForce.Gtd && order.ExpireAt <= time, now))
        {
            Expire(order, ExpiryReason.ExpireTimeReached);
        }

        return End();
    }

    /// <summary>
    /// Ends the trading day: every open order except GTC ones and GTD ones expiring later expires (stop orders not yet
    /// triggered included), then done orders are forgotten, with their ClOrdIDs.
    /// </summary>
    public IReadOnlyList<VenueEvent> EndOfDay(UnixNanos now)
    {
        Begin(now);
        foreach (var order in OpenOrdersWhere(static (order, time) => order.TimeInForce != TimeInForce.Gtc && !(order.TimeInForce == TimeInForce.Gtd && order.ExpireAt > time), now))
        {
            Expire(order, order.TimeInForce == TimeInForce.Gtd ? ExpiryReason.ExpireTimeReached : ExpiryReason.EndOfDay);
        }

        foreach (var (id, order) in _ordersById.ToArray())
        {
            if (!order.IsOpen)
            {
                _ordersById.Remove(id);
            }
        }

        foreach (var (key, order) in _ordersByClientId.ToArray())
        {
            if (!order.IsOpen)
            {
                _ordersByClientId.Remove(key);
            }
        }

        return End();
    }

    /// <summary>
    /// Posts <paramref name="ladder"/>'s orders (nearest levels first, bid then ask), trading like any order if the book
    /// already crosses them. A book takes one ladder; a ladder that does not fit the instrument throws and changes nothing.
    /// </summary>
    public IReadOnlyList<VenueEvent> SeedLiquidity(LiquidityLadder ladder, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        if (Ladder is not null)
        {
            throw new InvalidOperationException($"The book for {Instrument.Id} already has a liquidity ladder; seed it once.");
        }

        if (ladder.Check(Instrument) is { } problem)
        {
            throw new ArgumentException(problem, nameof(ladder));
        }

        Begin(now);
        Ladder = ladder;
        for (var level = 1; level <= ladder.Levels; level++)
        {
            PostLadderOrder(OrderSide.Buy, ladder.PriceOf(OrderSide.Buy, level));
            PostLadderOrder(OrderSide.Sell, ladder.PriceOf(OrderSide.Sell, level));
        }

        Settle();
        return End();
    }

    /// <summary>Refuses a new order with the given reason (a behaviour's decision): <see cref="OrderRejected"/>, nothing else.</summary>
    public IReadOnlyList<VenueEvent> RejectOrder(NewOrderRequest request, OrderRejectReason reason, string text, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Begin(now);
        EmitRejected(request, new Rejection(reason, text));
        return End();
    }

    /// <summary>
    /// Accepts a new order and fills all of it at <paramref name="price"/> in <paramref name="slices"/> fills (as equal as
    /// whole lots allow; fewer when there are fewer lots), without touching the book: no contra order, no effect on
    /// resting orders, the last trade price or stop triggers. For behaviours that bypass matching. Invalid orders are
    /// rejected as by <see cref="Submit"/>; the price is taken as given (it need not be on the tick grid).
    /// </summary>
    public IReadOnlyList<VenueEvent> FillOutsideBook(NewOrderRequest request, Price price, int slices, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(slices, 1);
        Begin(now);
        if (CheckNewOrder(request) is { } rejection)
        {
            EmitRejected(request, rejection);
            return End();
        }

        var order = Accept(request, isLadderOrder: false, entersBook: false);
        var lot = Instrument.LotSize.Value;
        var lots = order.Quantity / lot;
        var perSlice = decimal.Floor(lots / slices);
        var larger = lots - (perSlice * slices);
        for (var slice = 0; slice < slices; slice++)
        {
            var quantity = (perSlice + (slice < larger ? 1m : 0m)) * lot;
            if (quantity == 0m)
            {
                continue;
            }

            order.Fill(quantity, price, _now);
            if (!order.IsOpen)
            {
                _open.Remove(order.Number);
            }

            Emit(new OrderFilled(_ids.NextExec(), _now, order.Snapshot(), new Quantity(quantity), price, _ids.NextTrade(), LiquiditySide.Taker, null, null));
        }

        return End();
    }

    /// <summary>Whether <paramref name="participant"/> has used <paramref name="clientOrderId"/> here today (orders, cancels, replaces).</summary>
    public bool IsClientOrderIdInUse(ParticipantId participant, ClientOrderId clientOrderId) =>
        _ordersByClientId.ContainsKey((participant, clientOrderId));

    /// <summary>The order of <paramref name="participant"/> that has (or had) <paramref name="clientOrderId"/>, open or done today.</summary>
    public OrderState? FindOrder(ParticipantId participant, ClientOrderId clientOrderId) =>
        _ordersByClientId.TryGetValue((participant, clientOrderId), out var order) ? order.Snapshot() : null;

    public OrderState? FindOrder(VenueOrderId venueOrderId) =>
        _ordersById.TryGetValue(venueOrderId, out var order) ? order.Snapshot() : null;

    /// <summary>Open orders (resting and waiting stops), oldest first; only <paramref name="participant"/>'s when given.</summary>
    public IReadOnlyList<OrderState> OpenOrders(ParticipantId? participant = null)
    {
        var result = new List<OrderState>();
        foreach (var order in _open.Values)
        {
            if (participant is null || order.Participant == participant.Value)
            {
                result.Add(order.Snapshot());
            }
        }

        return result;
    }

    /// <summary>The resting orders of one side in priority order: best price first, oldest first within a price.</summary>
    public IReadOnlyList<OrderState> RestingOrders(OrderSide side)
    {
        var bookSide = SideOf(side);
        var result = new List<OrderState>();
        for (var rank = 0; rank < bookSide.LevelCount; rank++)
        {
            for (var node = bookSide.LevelAt(rank).Orders.First; node is not null; node = node.Next)
            {
                result.Add(node.Value.Snapshot());
            }
        }

        return result;
    }

    /// <summary>Aggregated depth of one side, best level first, at most <paramref name="maxLevels"/> levels.</summary>
    public IReadOnlyList<BookLevel> Depth(OrderSide side, int maxLevels = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLevels);
        var bookSide = SideOf(side);
        var count = Math.Min(maxLevels, bookSide.LevelCount);
        var result = new List<BookLevel>(count);
        for (var rank = 0; rank < count; rank++)
        {
            var level = bookSide.LevelAt(rank);
            result.Add(new BookLevel(level.Price, new Quantity(level.TotalLeaves()), level.Orders.Count));
        }

        return result;
    }

    private void Begin(UnixNanos now)
    {
        _now = now;
        _events = [];
    }

    private List<VenueEvent> End()
    {
        var events = _events;
        _events = [];
        return events;
    }

    private void Emit(VenueEvent venueEvent) => _events.Add(venueEvent);

    private BookSide SideOf(OrderSide side) => side == OrderSide.Buy ? _bids : _asks;

    private Rejection? CheckNewOrder(NewOrderRequest request)
    {
        if (request.Instrument != Instrument.Id)
        {
            return new(OrderRejectReason.UnknownSymbol, $"This book trades {Instrument.Id}, not {request.Instrument}.");
        }

        if (IsClientOrderIdInUse(request.Participant, request.ClientOrderId))
        {
            return new(OrderRejectReason.DuplicateOrder, $"ClOrdID '{request.ClientOrderId}' was already used today by {request.Participant}; every order and request needs a new one.");
        }

        return OrderRequestRules.CheckNewOrder(request, Instrument, _now);
    }

    /// <summary>Registers a valid new order and reports it accepted; one that enters the book now (not a stop) gets time priority.</summary>
    private BookOrder Accept(NewOrderRequest request, bool isLadderOrder, bool entersBook)
    {
        var (number, venueOrderId) = _ids.NextOrder();
        var order = new BookOrder(number, venueOrderId, request, isLadderOrder, _now);
        if (entersBook && !order.IsStop)
        {
            order.TimePriority = ++_lastTimePriority;
        }

        _ordersById.Add(venueOrderId, order);
        _ordersByClientId.Add((order.Participant, order.ClientOrderId), order);
        _open.Add(number, order);
        Emit(new OrderAccepted(_ids.NextExec(), _now, order.Snapshot()));
        return order;
    }

    /// <summary>A new stop order waits for its trigger, or fires at once when the last trade is already through it.</summary>
    private void Arm(BookOrder order)
    {
        if (LastTradePrice is { } last && order.IsTriggeredBy(last))
        {
            _triggeredStops.Enqueue(order);
        }
        else
        {
            _pendingStops.Add(order);
        }
    }

    /// <summary>
    /// After a replace of a waiting stop: it fires now if the last trade is through its new stop price; otherwise it
    /// keeps its place among waiting stops (which fire oldest first) or, having lost priority, goes behind them all.
    /// </summary>
    private void Rearm(BookOrder order, bool keepsPriority)
    {
        if (LastTradePrice is { } last && order.IsTriggeredBy(last))
        {
            _pendingStops.Remove(order);
            _triggeredStops.Enqueue(order);
        }
        else if (!keepsPriority)
        {
            _pendingStops.Remove(order);
            _pendingStops.Add(order);
        }
    }

    /// <summary>Matches an order with priority already given; then rests or cancels what is left.</summary>
    private void Execute(BookOrder order)
    {
        if (order.TimeInForce == TimeInForce.Fok && AvailableTo(order) < order.Leaves)
        {
            Cancel(order, CancelReason.FillOrKill);
            return;
        }

        var blockedBySelf = Match(order);
        if (!order.IsOpen)
        {
            return;
        }

        if (blockedBySelf)
        {
            Cancel(order, CancelReason.SelfTradePrevention);
        }
        else if (order.IsMarketable)
        {
            Cancel(order, CancelReason.NoLiquidity);
        }
        else if (order.TimeInForce is TimeInForce.Ioc or TimeInForce.Fok)
        {
            Cancel(order, CancelReason.ImmediateOrCancel);
        }
        else
        {
            SideOf(order.Side).Add(order);
        }
    }

    /// <summary>Trades <paramref name="taker"/> down the opposite side; true when it stopped at its own participant's order.</summary>
    private bool Match(BookOrder taker)
    {
        var makers = SideOf(taker.Side.Opposite());
        while (taker.Leaves > 0m && makers.Best is { } level && taker.AcceptsPrice(level.Price))
        {
            var maker = level.First;
            if (maker.Participant == taker.Participant)
            {
                return true;
            }

            Trade(taker, maker, Math.Min(taker.Leaves, maker.Leaves), level.Price, makers);
        }

        return false;
    }

    /// <summary>How much <paramref name="taker"/> could fill now: opposite liquidity within its limit, ahead of its own orders.</summary>
    private decimal AvailableTo(BookOrder taker)
    {
        var makers = SideOf(taker.Side.Opposite());
        var available = 0m;
        for (var rank = 0; rank < makers.LevelCount; rank++)
        {
            var level = makers.LevelAt(rank);
            if (!taker.AcceptsPrice(level.Price))
            {
                break;
            }

            for (var node = level.Orders.First; node is not null; node = node.Next)
            {
                if (node.Value.Participant == taker.Participant)
                {
                    return available;
                }

                available += node.Value.Leaves;
                if (available >= taker.Leaves)
                {
                    return available;
                }
            }
        }

        return available;
    }

    private void Trade(BookOrder taker, BookOrder maker, decimal quantity, Price price, BookSide makers)
    {
        var tradeId = _ids.NextTrade();
        taker.Fill(quantity, price, _now);
        maker.Fill(quantity, price, _now);
        if (!maker.IsOpen)
        {
            makers.Remove(maker);
            _open.Remove(maker.Number);
            if (maker.IsLadderOrder && Ladder is { Replenish: true })
            {
                _spentLadderOrders.Enqueue(maker);
            }
        }

        if (!taker.IsOpen)
        {
            _open.Remove(taker.Number);
        }

        var filled = new Quantity(quantity);
        Emit(new OrderFilled(_ids.NextExec(), _now, taker.Snapshot(), filled, price, tradeId, LiquiditySide.Taker, maker.VenueOrderId, maker.Participant));
        Emit(new OrderFilled(_ids.NextExec(), _now, maker.Snapshot(), filled, price, tradeId, LiquiditySide.Maker, taker.VenueOrderId, taker.Participant));
        LastTradePrice = price;
        for (var i = 0; i < _pendingStops.Count;)
        {
            var stop = _pendingStops[i];
            if (stop.IsTriggeredBy(price))
            {
                _pendingStops.RemoveAt(i);
                _triggeredStops.Enqueue(stop);
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>Runs what an operation set off: ladder orders to post again, then triggered stops, until none is left.</summary>
    private void Settle()
    {
        while (true)
        {
            if (_spentLadderOrders.TryDequeue(out var spent))
            {
                PostLadderOrder(spent.Side, spent.LimitPrice!.Value);
            }
            else if (_triggeredStops.TryDequeue(out var stop))
            {
                if (stop.IsOpen)
                {
                    stop.Trigger(_now);
                    stop.TimePriority = ++_lastTimePriority;
                    Emit(new OrderTriggered(_ids.NextExec(), _now, stop.Snapshot()));
                    Execute(stop);
                }
            }
            else
            {
                return;
            }
        }
    }

    private void PostLadderOrder(OrderSide side, Price price)
    {
        var ladder = Ladder!;
        var request = new NewOrderRequest(
            ladder.MarketMaker, _ids.NextLadderClientOrderId(), Instrument.Id, side, OrderType.Limit, ladder.QuantityPerLevel, TimeInForce.Gtc, price);
        Execute(Accept(request, isLadderOrder: true, entersBook: true));
    }

    private void Cancel(BookOrder order, CancelReason reason)
    {
        Remove(order, OrderStatus.Canceled);
        Emit(new OrderCanceled(_ids.NextExec(), _now, order.Snapshot(), reason));
    }

    private void Expire(BookOrder order, ExpiryReason reason)
    {
        Remove(order, OrderStatus.Expired);
        Emit(new OrderExpired(_ids.NextExec(), _now, order.Snapshot(), reason));
    }

    private void Remove(BookOrder order, OrderStatus status)
    {
        if (order.IsResting)
        {
            SideOf(order.Side).Remove(order);
        }
        else if (order.IsStop && !order.IsTriggered)
        {
            _pendingStops.Remove(order);
        }

        order.Finish(status, _now);
        _open.Remove(order.Number);
    }

    private void Rename(BookOrder order, ClientOrderId clientOrderId)
    {
        order.RenameClientOrderId(clientOrderId);
        _ordersByClientId.Add((order.Participant, clientOrderId), order);
    }

    private List<BookOrder> OpenOrdersWhere(Func<BookOrder, UnixNanos, bool> predicate, UnixNanos now)
    {
        var matching = new List<BookOrder>();
        foreach (var order in _open.Values)
        {
            if (predicate(order, now))
            {
                matching.Add(order);
            }
        }

        return matching;
    }

    /// <summary>The open order a cancel or replace request names; emits <see cref="CancelRejected"/> and returns null when there is none.</summary>
    private BookOrder? FindOpenOrderFor(
        CancelRequestKind kind, ParticipantId participant, ClientOrderId clientOrderId, InstrumentId instrument, ClientOrderId? origClientOrderId, VenueOrderId? venueOrderId)
    {
        CancelRejectReason reason;
        string? problem;
        BookOrder? order = null;
        if (instrument != Instrument.Id)
        {
            (reason, problem) = (CancelRejectReason.UnknownOrder, $"This book trades {Instrument.Id}, not {instrument}.");
        }
        else if (IsClientOrderIdInUse(participant, clientOrderId))
        {
            (reason, problem) = (CancelRejectReason.DuplicateClOrdId, $"ClOrdID '{clientOrderId}' was already used today by {participant}; every request needs a new one.");
        }
        else if (!TryLocate(participant, origClientOrderId, venueOrderId, out order, out problem))
        {
            reason = CancelRejectReason.UnknownOrder;
        }
        else if (!order.IsOpen)
        {
            (reason, problem) = (CancelRejectReason.TooLateToCancel, $"Order {order.VenueOrderId} ('{order.ClientOrderId}') is already {order.Status}.");
        }
        else
        {
            return order;
        }

        EmitCancelRejected(kind, participant, clientOrderId, instrument, origClientOrderId, venueOrderId, reason, problem!, order);
        return null;
    }

    private Rejection? CheckReplacement(BookOrder order, ReplaceOrderRequest request)
    {
        if (request.Side != order.Side || request.Type != order.Type)
        {
            return new(OrderRejectReason.BrokerOption, $"A replace cannot change side or order type (the order is {order.Side} {order.Type}); cancel it and send a new order.");
        }

        if ((OrderRequestRules.CheckQuantity(request.Quantity, Instrument) ?? OrderRequestRules.CheckPrices(request.Type, request.LimitPrice, request.StopPrice, Instrument)) is { } invalid)
        {
            return invalid;
        }

        if (request.Quantity.Value <= order.Filled)
        {
            return new(OrderRejectReason.IncorrectQuantity, $"New OrderQty {request.Quantity} must exceed the {order.Filled} already filled; to stop the order, cancel it.");
        }

        if (order.IsTriggered && request.StopPrice != order.StopPrice)
        {
            return new(OrderRejectReason.Other, $"The stop of order {order.VenueOrderId} has triggered; its StopPx can no longer change.");
        }

        return null;
    }

    private bool TryLocate(ParticipantId participant, ClientOrderId? clientOrderId, VenueOrderId? venueOrderId, out BookOrder order, out string? problem)
    {
        order = null!;
        BookOrder? byClientId = null;
        BookOrder? byVenueId = null;
        if (clientOrderId is null && venueOrderId is null)
        {
            problem = "Name the order by OrigClOrdID (41) / ClOrdID (11) or by OrderID (37).";
            return false;
        }

        if (clientOrderId is { } clientId && !_ordersByClientId.TryGetValue((participant, clientId), out byClientId))
        {
            problem = $"{participant} has no order with ClOrdID '{clientId}' on {Instrument.Id} today.";
            return false;
        }

        if (venueOrderId is { } venueId && (!_ordersById.TryGetValue(venueId, out byVenueId) || byVenueId.Participant != participant))
        {
            problem = $"{participant} has no order with OrderID '{venueId}' on {Instrument.Id} today.";
            return false;
        }

        if (byClientId is not null && byVenueId is not null && !ReferenceEquals(byClientId, byVenueId))
        {
            problem = $"ClOrdID '{clientOrderId}' and OrderID '{venueOrderId}' name different orders.";
            return false;
        }

        order = byClientId ?? byVenueId!;
        problem = null;
        return true;
    }

    private void EmitRejected(NewOrderRequest request, Rejection rejection)
    {
        var (_, venueOrderId) = _ids.NextOrder();
        Emit(new OrderRejected(_ids.NextExec(), _now, OrderState.ForRejectedRequest(venueOrderId, request, _now), rejection.Reason, rejection.Text));
    }

    private void EmitCancelRejected(
        CancelRequestKind kind,
        ParticipantId participant,
        ClientOrderId clientOrderId,
        InstrumentId instrument,
        ClientOrderId? origClientOrderId,
        VenueOrderId? venueOrderId,
        CancelRejectReason reason,
        string text,
        BookOrder? order) =>
        Emit(new CancelRejected(_now, participant, instrument, clientOrderId, origClientOrderId, venueOrderId, kind, reason, text, order?.Snapshot()));
}
