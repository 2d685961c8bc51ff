using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Grains.Accounts;

/// <summary>An order the account counts as open: its reserved (leaves) quantity and the last version journaled.</summary>
internal sealed class OpenOrder(InstrumentId instrument, StrategyId strategy, OrderSide side, Quantity leaves, int version, long createdNanos)
{
    public InstrumentId Instrument { get; } = instrument;

    public StrategyId Strategy { get; } = strategy;

    public OrderSide Side { get; } = side;

    public Quantity Leaves { get; set; } = leaves;

    public int Version { get; set; } = version;

    public long CreatedNanos { get; } = createdNanos;
}
