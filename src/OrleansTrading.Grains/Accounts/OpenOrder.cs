using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Grains.Accounts;

/// <summary>
/// An order the account counts as open: its reserved (leaves) quantity, the last version journaled, its status then
/// and when that version was journaled.
/// </summary>
internal sealed class OpenOrder(InstrumentId instrument, StrategyId strategy, OrderSide side, Quantity leaves, int version, long createdNanos)
{
    public InstrumentId Instrument { get; } = instrument;

    public StrategyId Strategy { get; } = strategy;

    public OrderSide Side { get; } = side;

    public Quantity Leaves { get; set; } = leaves;

    public int Version { get; set; } = version;

    public long CreatedNanos { get; } = createdNanos;

    public OrderStatus Status { get; set; } = OrderStatus.PendingNew;

    /// <summary>The order's last journaled change as the order sent it (null until the order sent one), to recognise a re-send.</summary>
    public OrderChange? LastChange { get; set; }

    /// <summary>When the account journaled the order's last version (its admission, for a new order).</summary>
    public long ChangedNanos { get; set; } = createdNanos;

    /// <summary>
    /// Whether the order has been waiting for its venue since before <paramref name="before"/>: its last journaled
    /// status expects an answer (to the order itself, or to a cancel or replace) and nothing was journaled since.
    /// </summary>
    public bool AwaitingVenueSince(long before) =>
        Status is OrderStatus.PendingNew or OrderStatus.PendingCancel or OrderStatus.PendingReplace && ChangedNanos <= before;
}
