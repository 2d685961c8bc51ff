using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.VenueSimulator.Matching;

namespace OrleansTrading.VenueSimulator.Behaviours;

/// <summary>
/// Turns the venue events of one operation into scheduled reports according to each order's behaviour: pure and
/// deterministic (it only schedules, returning due times; it never sleeps), but stateful across operations — it
/// remembers each open order's rule and latest due time, and how many reports each rule has produced.
/// <list type="bullet">
/// <item>Each event is due at the operation's time plus its delay: <see cref="VenueBehaviour.AckDelay"/> for answers to
/// requests, <see cref="VenueBehaviour.FillDelay"/> (plus <see cref="VenueBehaviour.FillInterval"/> per earlier fill of the
/// same order in the operation) for fills, none for the rest (trigger, expiry, IOC/FOK/STP cancels).</item>
/// <item>An order's reports never overtake each other: each is due no earlier than the order's previous one, even
/// across operations (a fill of a resting order whose ack is delayed waits for the ack). The one deliberate exception
/// is <see cref="VenueBehaviour.FillsBeforeAck"/>, which holds an order's New ack until after its fills.</item>
/// <item>An order's rule is chosen when the venue first reports on it (by its first ClOrdID) and kept for its life.</item>
/// </list>
/// What is kept per order is dropped once the order is done and its last report is due, so memory follows the open
/// orders and the reports in flight.
/// </summary>
public sealed class DeliveryPlanner
{
    private readonly BehaviourPolicy _policy;
    private readonly Dictionary<VenueOrderId, OrderDelivery> _orders = [];
    private readonly PriorityQueue<VenueOrderId, UnixNanos> _finished = new();
    private readonly int[] _reportsPerRule;
    private readonly bool[] _dropDone;

    public DeliveryPlanner(BehaviourPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _policy = policy;
        _reportsPerRule = new int[policy.Rules.Count];
        _dropDone = new bool[policy.Rules.Count];
    }

    /// <summary>Schedules the events of one operation performed at <paramref name="now"/>; the result is sorted by due time.</summary>
    public IReadOnlyList<ScheduledReport> Plan(IReadOnlyList<VenueEvent> events, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(events);
        ForgetDeliveredOrders(now);
        var pending = new List<Pending>(events.Count);
        var lastFillOfHeldOrder = FindFillsToPutBeforeAcks(events);
        var heldAcks = new Dictionary<VenueOrderId, OrderAccepted>();
        var fillsSoFar = new Dictionary<VenueOrderId, int>();
        for (var i = 0; i < events.Count; i++)
        {
            var venueEvent = events[i];
            if (venueEvent is OrderAccepted accepted && lastFillOfHeldOrder.ContainsKey(accepted.Order.VenueOrderId))
            {
                heldAcks.Add(accepted.Order.VenueOrderId, accepted);
                continue;
            }

            Schedule(venueEvent, now, fillsSoFar, pending);
            if (venueEvent is OrderFilled fill
                && lastFillOfHeldOrder.TryGetValue(fill.Order.VenueOrderId, out var last) && last == i
                && heldAcks.Remove(fill.Order.VenueOrderId, out var held))
            {
                Schedule(held, now, fillsSoFar, pending);
            }
        }

        NoteFinishedOrders(events);
        var ordered = pending.OrderBy(p => p.DueAt).ThenBy(p => p.Sequence);
        var reports = new List<ScheduledReport>(pending.Count);
        foreach (var report in ordered)
        {
            reports.Add(new ScheduledReport(report.DueAt, report.Event, report.IsDuplicate, CountTowardsDrop(report.RuleIndex)));
        }

        return reports;
    }

    /// <summary>For orders that want fills before their ack and have both in this batch: the index of their last fill.</summary>
    private Dictionary<VenueOrderId, int> FindFillsToPutBeforeAcks(IReadOnlyList<VenueEvent> events)
    {
        var acked = new HashSet<VenueOrderId>();
        var lastFill = new Dictionary<VenueOrderId, int>();
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is OrderAccepted accepted)
            {
                acked.Add(accepted.Order.VenueOrderId);
            }
            else if (events[i] is OrderFilled fill && acked.Contains(fill.Order.VenueOrderId) && Behaviour(RuleOf(fill.Order)).FillsBeforeAck)
            {
                lastFill[fill.Order.VenueOrderId] = i;
            }
        }

        return lastFill;
    }

    private void Schedule(VenueEvent venueEvent, UnixNanos now, Dictionary<VenueOrderId, int> fillsSoFar, List<Pending> pending)
    {
        var ruleIndex = RuleOf(venueEvent);
        var behaviour = Behaviour(ruleIndex);
        var delay = venueEvent switch
        {
            OrderFilled fill => behaviour.FillDelay + (behaviour.FillInterval * NextFillOrdinal(fillsSoFar, fill.Order.VenueOrderId)),
            OrderAccepted or OrderRejected or OrderReplaced or OrderStatusReported or CancelRejected or OrderStatusRejected => behaviour.AckDelay,
            OrderCanceled { Reason: CancelReason.ClientRequest } => behaviour.AckDelay,
            _ => TimeSpan.Zero,
        };
        var dueAt = now.Add(delay);
        if (OrderOf(venueEvent) is { } order)
        {
            var delivery = Track(order);
            if (delivery.LastDue > dueAt)
            {
                dueAt = delivery.LastDue;
            }

            delivery.LastDue = dueAt;
        }

        pending.Add(new Pending(dueAt, pending.Count, venueEvent, false, ruleIndex));
        if (venueEvent is ExecutionEvent)
        {
            for (var copy = 0; copy < behaviour.DuplicateReports; copy++)
            {
                pending.Add(new Pending(dueAt, pending.Count, venueEvent, true, ruleIndex));
            }
        }
    }

    private static int NextFillOrdinal(Dictionary<VenueOrderId, int> fillsSoFar, VenueOrderId order)
    {
        fillsSoFar.TryGetValue(order, out var ordinal);
        fillsSoFar[order] = ordinal + 1;
        return ordinal;
    }

    private bool CountTowardsDrop(int ruleIndex)
    {
        if (ruleIndex < 0 || _dropDone[ruleIndex] || _policy.Rules[ruleIndex].Then.DropConnectionAfterMessages is not { } limit)
        {
            return false;
        }

        _reportsPerRule[ruleIndex]++;
        if (_reportsPerRule[ruleIndex] < limit)
        {
            return false;
        }

        _dropDone[ruleIndex] = true;
        return true;
    }

    private int RuleOf(VenueEvent venueEvent) => venueEvent switch
    {
        ExecutionEvent execution => RuleOf(execution.Order),
        CancelRejected { Order: { } order } => RuleOf(order),
        CancelRejected reject => _policy.FindRule(reject.Instrument, reject.ClientOrderId),
        OrderStatusRejected { ClientOrderId: { } clientOrderId } reject => _policy.FindRule(reject.Instrument, clientOrderId),
        _ => -1,
    };

    private int RuleOf(OrderState order) => Track(order).Rule;

    private OrderDelivery Track(OrderState order)
    {
        if (!_orders.TryGetValue(order.VenueOrderId, out var delivery))
        {
            delivery = new OrderDelivery(_policy.FindRule(order.Instrument, order.ClientOrderId));
            _orders.Add(order.VenueOrderId, delivery);
        }

        return delivery;
    }

    private VenueBehaviour Behaviour(int ruleIndex) => ruleIndex < 0 ? VenueBehaviour.Default : _policy.Rules[ruleIndex].Then;

    private static OrderState? OrderOf(VenueEvent venueEvent) => venueEvent switch
    {
        ExecutionEvent execution => execution.Order,
        CancelRejected reject => reject.Order,
        _ => null,
    };

    /// <summary>Marks the orders this batch leaves done, to be forgotten once their last report is due.</summary>
    private void NoteFinishedOrders(IReadOnlyList<VenueEvent> events)
    {
        var lastState = new Dictionary<VenueOrderId, OrderState>();
        foreach (var venueEvent in events)
        {
            if (OrderOf(venueEvent) is { } order)
            {
                lastState[order.VenueOrderId] = order;
            }
        }

        foreach (var (id, order) in lastState)
        {
            var delivery = _orders[id];
            delivery.IsDone = !order.IsOpen;
            if (delivery.IsDone)
            {
                _finished.Enqueue(id, delivery.LastDue);
            }
        }
    }

    /// <summary>Forgets done orders whose reports are all due by <paramref name="now"/>: nothing later can overtake them.</summary>
    private void ForgetDeliveredOrders(UnixNanos now)
    {
        while (_finished.TryPeek(out var id, out var lastDue) && lastDue <= now)
        {
            _finished.Dequeue();
            if (_orders.TryGetValue(id, out var delivery) && delivery.IsDone && delivery.LastDue <= now)
            {
                _orders.Remove(id);
            }
        }
    }

    /// <summary>What the planner keeps about one order: its rule, and when its latest report is due.</summary>
    private sealed class OrderDelivery(int rule)
    {
        public int Rule { get; } = rule;

        public UnixNanos LastDue { get; set; } = new(long.MinValue);

        public bool IsDone { get; set; }
    }

    private readonly record struct Pending(UnixNanos DueAt, int Sequence, VenueEvent Event, bool IsDuplicate, int RuleIndex);
}
