using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Orders;

/// <summary>
/// The complete state of an <see cref="Order"/> as an immutable value: what the OrderGrain persists, and what
/// <see cref="Order.Restore"/> rebuilds the identical order from. CumQty, LeavesQty and AvgPx are not stored: they
/// are derived from <see cref="Fills"/>, so they cannot disagree with them. Equality compares the lists element by element.
/// </summary>
public sealed record OrderSnapshot
{
    /// <summary>The order's identity: its first ClOrdID (the OrderGrain's key).</summary>
    public required ClientOrderId OrderId { get; init; }

    public required AccountId Account { get; init; }

    public required StrategyId Strategy { get; init; }

    public required InstrumentId Instrument { get; init; }

    public required VenueId Venue { get; init; }

    public required OrderSide Side { get; init; }

    public required OrderType Type { get; init; }

    public required TimeInForce TimeInForce { get; init; }

    /// <summary>The instrument's quote currency: the currency of a commission the venue does not report.</summary>
    public required Currency QuoteCurrency { get; init; }

    /// <summary>The current order quantity (after any replace).</summary>
    public required Quantity Quantity { get; init; }

    public Price? LimitPrice { get; init; }

    public Price? StopPrice { get; init; }

    /// <summary>The GTD expire time the client asked for.</summary>
    public UnixNanos? ExpireTime { get; init; }

    /// <summary>When a Day or GTD order expires; null for GTC, IOC and FOK.</summary>
    public UnixNanos? ExpiresAt { get; init; }

    public required OrderStatus Status { get; init; }

    /// <summary>While a cancel or replace is pending: the status to go back to if the venue rejects it.</summary>
    public OrderStatus? StatusBeforePendingRequest { get; init; }

    public PendingOrderRequest? PendingRequest { get; init; }

    /// <summary>The current ClOrdID: the one the next cancel or replace refers to (FIX OrigClOrdID).</summary>
    public required ClientOrderId ClientOrderId { get; init; }

    /// <summary>Every ClOrdID this order has used, oldest first: the original, then each cancel's and replace's own id.</summary>
    public required IReadOnlyList<ClientOrderId> ClientOrderIds { get; init; }

    public VenueOrderId? VenueOrderId { get; init; }

    /// <summary>The fills applied, in the order they were applied.</summary>
    public required IReadOnlyList<Fill> Fills { get; init; }

    /// <summary>Every ExecID recorded (applied, acknowledged or stale), in arrival order.</summary>
    public required IReadOnlyList<ExecId> ExecIds { get; init; }

    public required UnixNanos TsInit { get; init; }

    /// <summary>TsInit of the last change.</summary>
    public required UnixNanos TsLastUpdate { get; init; }

    public bool Equals(OrderSnapshot? other) =>
        other is not null
        && OrderId == other.OrderId
        && Account == other.Account
        && Strategy == other.Strategy
        && Instrument == other.Instrument
        && Venue == other.Venue
        && Side == other.Side
        && Type == other.Type
        && TimeInForce == other.TimeInForce
        && QuoteCurrency == other.QuoteCurrency
        && Quantity == other.Quantity
        && LimitPrice == other.LimitPrice
        && StopPrice == other.StopPrice
        && ExpireTime == other.ExpireTime
        && ExpiresAt == other.ExpiresAt
        && Status == other.Status
        && StatusBeforePendingRequest == other.StatusBeforePendingRequest
        && Equals(PendingRequest, other.PendingRequest)
        && ClientOrderId == other.ClientOrderId
        && ClientOrderIds.SequenceEqual(other.ClientOrderIds)
        && VenueOrderId == other.VenueOrderId
        && Fills.SequenceEqual(other.Fills)
        && ExecIds.SequenceEqual(other.ExecIds)
        && TsInit == other.TsInit
        && TsLastUpdate == other.TsLastUpdate;

    public override int GetHashCode() => HashCode.Combine(OrderId, Status, Quantity, Fills.Count, ExecIds.Count, TsLastUpdate);
}
