using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders.Events;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Orders;

/// <summary>
/// One order's state machine: our commands (<see cref="MarkSubmitted"/>, <see cref="RequestCancel"/>,
/// <see cref="RequestReplace"/>, <see cref="Expire"/>, <see cref="Reject"/>) and the venue's input
/// (<see cref="Apply(ExecutionReport, UnixNanos)"/>, <see cref="Apply(CancelReject, UnixNanos)"/>). Every status
/// change is checked against <see cref="OrderStatusTransitions"/>. Venue input never throws: it returns an
/// <see cref="ExecutionOutcome"/>, and input that is not applied leaves the order exactly as it was.
/// <para>
/// A replace keeps this one order: its ClOrdID chain advances and every id in the chain (and the venue's OrderID)
/// matches incoming reports. CumQty is always the sum of the recorded fills and never exceeds the order quantity;
/// AvgPx is their exact VWAP. Not thread-safe: one owner (the OrderGrain) drives it.
/// </para>
/// </summary>
public sealed partial class Order
{
    private readonly List<ClientOrderId> _clientOrderIds;
    private readonly List<Fill> _fills;
    private readonly List<ExecId> _execIds;
    private readonly HashSet<ExecId> _execIdSet;
    private decimal _notional;

    private Order(OrderSnapshot snapshot)
    {
        Id = snapshot.OrderId;
        Account = snapshot.Account;
        Strategy = snapshot.Strategy;
        Instrument = snapshot.Instrument;
        Venue = snapshot.Venue;
        Side = snapshot.Side;
        Type = snapshot.Type;
        TimeInForce = snapshot.TimeInForce;
        QuoteCurrency = snapshot.QuoteCurrency;
        Quantity = snapshot.Quantity;
        LimitPrice = snapshot.LimitPrice;
        StopPrice = snapshot.StopPrice;
        ExpireTime = snapshot.ExpireTime;
        ExpiresAt = snapshot.ExpiresAt;
        Status = snapshot.Status;
        StatusBeforePendingRequest = snapshot.StatusBeforePendingRequest;
        PendingRequest = snapshot.PendingRequest;
        ClientOrderId = snapshot.ClientOrderId;
        _clientOrderIds = [.. snapshot.ClientOrderIds];
        VenueOrderId = snapshot.VenueOrderId;
        _fills = [.. snapshot.Fills];
        _execIds = [.. snapshot.ExecIds];
        _execIdSet = [.. snapshot.ExecIds];
        TsInit = snapshot.TsInit;
        TsLastUpdate = snapshot.TsLastUpdate;
        foreach (var fill in _fills)
        {
            CumQty += fill.Quantity;
            _notional += fill.Quantity.Value * fill.Price.Value;
        }
    }

    /// <summary>The order's identity: its first ClOrdID, the OrderGrain's key. Events and fills name the order by it.</summary>
    public ClientOrderId Id { get; }

    public AccountId Account { get; }

    public StrategyId Strategy { get; }

    public InstrumentId Instrument { get; }

    public VenueId Venue { get; }

    public OrderSide Side { get; }

    public OrderType Type { get; }

    public TimeInForce TimeInForce { get; }

    public Currency QuoteCurrency { get; }

    /// <summary>The order quantity (FIX OrderQty), as last replaced or restated.</summary>
    public Quantity Quantity { get; private set; }

    public Price? LimitPrice { get; private set; }

    public Price? StopPrice { get; private set; }

    /// <summary>The GTD expire time the client asked for.</summary>
    public UnixNanos? ExpireTime { get; }

    /// <summary>When a Day order (end of its trading day) or GTD order (its expire time) expires; null for GTC, IOC, FOK.</summary>
    public UnixNanos? ExpiresAt { get; }

    public OrderStatus Status { get; private set; }

    /// <summary>While PendingCancel/PendingReplace: the status a reject of the request restores (kept current by fills that arrive meanwhile).</summary>
    public OrderStatus? StatusBeforePendingRequest { get; private set; }

    /// <summary>The cancel or replace awaiting the venue's answer, if any (one at a time).</summary>
    public PendingOrderRequest? PendingRequest { get; private set; }

    /// <summary>The current ClOrdID: the OrigClOrdID of the next cancel or replace.</summary>
    public ClientOrderId ClientOrderId { get; private set; }

    /// <summary>Every ClOrdID used for this order, oldest first; reports naming any of them belong to this order.</summary>
    public IReadOnlyList<ClientOrderId> ClientOrderIds => _clientOrderIds;

    public VenueOrderId? VenueOrderId { get; private set; }

    /// <summary>Total filled: always the sum of <see cref="Fills"/>, never above <see cref="Quantity"/>.</summary>
    public Quantity CumQty { get; private set; }

    /// <summary>Still open for execution: Quantity − CumQty while the order lives, zero once it is closed.</summary>
    public Quantity LeavesQty => Status.IsTerminal() ? Quantity.Zero : Quantity - CumQty;

    /// <summary>The exact volume-weighted average price of the fills (Σ qty·px / Σ qty); zero before the first fill.</summary>
    public Price AvgPx => CumQty.IsZero ? Price.Zero : new Price(_notional / CumQty.Value);

    public IReadOnlyList<Fill> Fills => _fills;

    /// <summary>Every ExecID recorded, in arrival order.</summary>
    public IReadOnlyList<ExecId> ExecIds => _execIds;

    public UnixNanos TsInit { get; }

    public UnixNanos TsLastUpdate { get; private set; }

    public bool IsTerminal => Status.IsTerminal();

    /// <summary>True when a report with <paramref name="execId"/> was already recorded (a redelivery would be a duplicate).</summary>
    public bool HasRecorded(ExecId execId) => _execIdSet.Contains(execId);

    /// <summary>True when <paramref name="clientOrderId"/> is one of this order's ClOrdIDs.</summary>
    public bool HasClientOrderId(ClientOrderId clientOrderId) => _clientOrderIds.Contains(clientOrderId);

    /// <summary>True when the order is still open and its Day/GTD expiry has been reached at <paramref name="now"/>.</summary>
    public bool IsExpiryDue(UnixNanos now) => !IsTerminal && ExpiresAt is { } expiresAt && now >= expiresAt;

    /// <summary>
    /// Validates <paramref name="specification"/> against <paramref name="instrument"/> at <paramref name="tsInit"/> and,
    /// when valid, creates the order in status Initialized. A Day order expires at the end of the instrument's
    /// trading day that <paramref name="tsInit"/> belongs to; a GTD order at its expire time.
    /// </summary>
    public static OrderCreationResult Create(OrderSpecification specification, Instrument instrument, UnixNanos tsInit)
    {
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentNullException.ThrowIfNull(instrument);
        var errors = specification.Validate(instrument, tsInit);
        if (errors.Count > 0)
        {
            return OrderCreationResult.Invalid(errors);
        }

        UnixNanos? expiresAt = specification.TimeInForce switch
        {
            TimeInForce.Day => instrument.Schedule.DayOrderExpiry(tsInit),
            TimeInForce.Gtd => specification.ExpireTime,
            _ => null,
        };
        var order = new Order(new OrderSnapshot
        {
            OrderId = specification.ClientOrderId,
            Account = specification.Account,
            Strategy = specification.Strategy,
            Instrument = specification.Instrument,
            Venue = specification.Venue,
            Side = specification.Side,
            Type = specification.Type,
            TimeInForce = specification.TimeInForce,
            QuoteCurrency = instrument.QuoteCurrency,
            Quantity = specification.Quantity,
            LimitPrice = specification.LimitPrice,
            StopPrice = specification.StopPrice,
            ExpireTime = specification.ExpireTime,
            ExpiresAt = expiresAt,
            Status = OrderStatus.Initialized,
            ClientOrderId = specification.ClientOrderId,
            ClientOrderIds = [specification.ClientOrderId],
            Fills = [],
            ExecIds = [],
            TsInit = tsInit,
            TsLastUpdate = tsInit,
        });
        return OrderCreationResult.Created(order, new OrderInitialized(order.Id, specification, expiresAt, tsInit, tsInit));
    }

    /// <summary>Rebuilds the order a snapshot was taken of; throws <see cref="ArgumentException"/> when the snapshot is inconsistent (corrupt storage).</summary>
    public static Order Restore(OrderSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var problem = OrderSnapshotCheck.FindProblem(snapshot);
        return problem is null
            ? new Order(snapshot)
            : throw new ArgumentException($"Order snapshot {snapshot.OrderId} is inconsistent: {problem}", nameof(snapshot));
    }

    /// <summary>The order's complete state, for persistence; <see cref="Restore"/> gives back an identical order.</summary>
    public OrderSnapshot ToSnapshot() => new()
    {
        OrderId = Id,
        Account = Account,
        Strategy = Strategy,
        Instrument = Instrument,
        Venue = Venue,
        Side = Side,
        Type = Type,
        TimeInForce = TimeInForce,
        QuoteCurrency = QuoteCurrency,
        Quantity = Quantity,
        LimitPrice = LimitPrice,
        StopPrice = StopPrice,
        ExpireTime = ExpireTime,
        ExpiresAt = ExpiresAt,
        Status = Status,
        StatusBeforePendingRequest = StatusBeforePendingRequest,
        PendingRequest = PendingRequest,
        ClientOrderId = ClientOrderId,
        ClientOrderIds = [.. _clientOrderIds],
        VenueOrderId = VenueOrderId,
        Fills = [.. _fills],
        ExecIds = [.. _execIds],
        TsInit = TsInit,
        TsLastUpdate = TsLastUpdate,
    };

    public override string ToString() =>
        $"Order {Id} ({ClientOrderId}) {Side} {Quantity} {Instrument} {Type} {TimeInForce}: {Status}, filled {CumQty} @ {AvgPx}";

    /// <summary>Changes the visible status; every caller has checked the table first, so a refusal here is a bug in this class.</summary>
    private void MoveTo(OrderStatus target)
    {
        if (!OrderStatusTransitions.IsAllowed(Status, target))
        {
            throw new InvalidOperationException($"Order {Id}: {Status} → {target} is not in the transition table.");
        }

        Status = target;
        if (!target.IsPendingRequest())
        {
            PendingRequest = null;
            StatusBeforePendingRequest = null;
        }
    }
}
