using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Positions;

/// <summary>
/// One fill, handed by its account to the position it changes once the account has journaled it. <see cref="Sequence"/>
/// is the fill's place in the account's order journal: the position applies each sequence once.
/// <see cref="PreviousFillSequence"/> is the sequence of the account's previous fill in the same instrument (0 when
/// there is none, null when the account does not know it), so the position can apply fills in journal order without
/// reading the journal.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.PositionFill")]
public sealed record PositionFill(
    [property: Id(0)] FillId FillId,
    [property: Id(1)] AccountId Account,
    [property: Id(2)] StrategyId Strategy,
    [property: Id(3)] InstrumentId Instrument,
    [property: Id(4)] ClientOrderId ClientOrderId,
    [property: Id(5)] OrderSide Side,
    [property: Id(6)] Quantity Quantity,
    [property: Id(7)] Price Price,
    [property: Id(8)] Money Commission,
    [property: Id(9)] UnixNanos TsEvent,
    [property: Id(10)] UnixNanos TsInit,
    [property: Id(11)] long Sequence = 0,
    [property: Id(12)] long? PreviousFillSequence = null)
{
    /// <summary>The kernel fill this describes.</summary>
    public Fill ToFill() => new(FillId, Account, Strategy, Instrument, ClientOrderId, Side, Quantity, Price, Commission, TsEvent, TsInit);
}
