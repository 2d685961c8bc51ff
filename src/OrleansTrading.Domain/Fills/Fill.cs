using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Values;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Fills;

/// <summary>
/// One execution against an order, as it is recorded against a position. <see cref="FillId"/> is what makes
/// application exactly-once: a position that has seen a fill id ignores it the second time.
/// </summary>
/// <param name="TsEvent">When the venue says the fill happened.</param>
/// <param name="TsInit">When the platform first saw it.</param>
public sealed record Fill(
    FillId FillId,
    AccountId Account,
    StrategyId Strategy,
    InstrumentId Instrument,
    ClientOrderId ClientOrderId,
    OrderSide Side,
    Quantity Quantity,
    Price Price,
    Money Commission,
    UnixNanos TsEvent,
    UnixNanos TsInit)
{
    /// <summary>The venue the execution happened at, when known (set by <c>Order</c> for fills it records).</summary>
    public VenueId? Venue { get; init; }

    /// <summary>The venue's id of the execution report (FIX ExecID) the fill came from, when known.</summary>
    public ExecId? ExecId { get; init; }

    /// <summary>The venue's id of the order (FIX OrderID), when known.</summary>
    public VenueOrderId? VenueOrderId { get; init; }

    /// <summary>The fill's effect on a net position: +quantity for a buy, −quantity for a sell.</summary>
    public decimal SignedQuantity => Side.Sign() * Quantity.Value;
}
