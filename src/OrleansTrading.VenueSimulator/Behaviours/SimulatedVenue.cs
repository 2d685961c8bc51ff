using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.VenueSimulator.Matching;

namespace OrleansTrading.VenueSimulator.Behaviours;

/// <summary>
/// The simulator's decision core, for its FIX application to call: a <see cref="MatchingEngine"/> plus a
/// <see cref="BehaviourPolicy"/>. Each operation takes the request and the time, lets the behaviour decide what happens to
/// a new order (match in the book, fill at a price in slices, reject), and returns the reports to send with when to
/// send them (<see cref="DeliveryPlanner"/>). Pure and deterministic, not thread-safe; no I/O, no clock, no sleeping.
/// Every report is addressed to a participant: reports for participants without a session (the liquidity ladder's
/// market maker) are simply not sent.
/// </summary>
public sealed class SimulatedVenue
{
    private readonly DeliveryPlanner _planner;

    public SimulatedVenue(MatchingEngine engine, BehaviourPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(policy);
        Engine = engine;
        Policy = policy;
        _planner = new DeliveryPlanner(policy);
    }

    public MatchingEngine Engine { get; }

    public BehaviourPolicy Policy { get; }

    /// <summary>
    /// NewOrderSingle. Mode Book matches it; mode Fill fills it whole at the rule's price (or the order's limit price;
    /// an order with neither is rejected saying so) in the rule's number of slices; mode Reject rejects it with the
    /// rule's text (OrdRejReason 0, broker option). Validation (quantity, prices, duplicates) applies in every mode.
    /// </summary>
    public IReadOnlyList<ScheduledReport> Submit(NewOrderRequest request, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var behaviour = Policy.Resolve(request.Instrument, request.ClientOrderId);
        var events = behaviour.Mode switch
        {
            ExecutionMode.Reject => Engine.RejectOrder(request, OrderRejectReason.BrokerOption, behaviour.RejectText, now),
            ExecutionMode.Fill when (behaviour.FillPrice ?? request.LimitPrice) is { } price => Engine.FillOutsideBook(request, price, behaviour.FillSlices, now),
            ExecutionMode.Fill => Engine.RejectOrder(
                request,
                OrderRejectReason.UnsupportedOrderCharacteristic,
                $"This venue fills {request.Instrument} orders like '{request.ClientOrderId}' at a configured price, and none is configured: send a limit order or set fillPrice.",
                now),
            _ => Engine.Submit(request, now),
        };
        return _planner.Plan(events, now);
    }

    /// <summary>OrderCancelRequest.</summary>
    public IReadOnlyList<ScheduledReport> Cancel(CancelOrderRequest request, UnixNanos now) => _planner.Plan(Engine.Cancel(request, now), now);

    /// <summary>OrderCancelReplaceRequest (matched in the book whatever the order's mode was).</summary>
    public IReadOnlyList<ScheduledReport> Replace(ReplaceOrderRequest request, UnixNanos now) => _planner.Plan(Engine.Replace(request, now), now);

    /// <summary>OrderStatusRequest.</summary>
    public IReadOnlyList<ScheduledReport> ReportStatus(OrderStatusRequest request, UnixNanos now) => _planner.Plan(Engine.ReportStatus(request, now), now);

    /// <summary>OrderMassStatusRequest for all of a participant's open orders; an empty list when there are none.</summary>
    public IReadOnlyList<ScheduledReport> ReportMassStatus(ParticipantId participant, UnixNanos now) =>
        _planner.Plan(Engine.ReportMassStatus(participant, now), now);

    /// <summary>Call as time passes (e.g. once a second) to expire GTD orders.</summary>
    public IReadOnlyList<ScheduledReport> ExpireOrders(UnixNanos now) => _planner.Plan(Engine.ExpireOrders(now), now);

    /// <summary>Call at the end of the trading day.</summary>
    public IReadOnlyList<ScheduledReport> EndOfDay(UnixNanos now) => _planner.Plan(Engine.EndOfDay(now), now);

    /// <summary>Seeds a book with a market-maker ladder; its reports go to the market maker (usually nobody's session).</summary>
    public IReadOnlyList<ScheduledReport> SeedLiquidity(InstrumentId instrument, LiquidityLadder ladder, UnixNanos now) =>
        _planner.Plan(Engine.SeedLiquidity(instrument, ladder, now), now);
}
