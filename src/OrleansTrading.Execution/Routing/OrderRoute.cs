using System.Collections.Immutable;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Execution.Routing;

/// <summary>
/// Where the venue's reports about one order go: the order grain key, and every ClOrdID the order has used on the
/// wire (the original first, then each cancel/replace request id), with what a later cancel, replace or status request
/// must repeat (symbol, side, account, time in force).
/// </summary>
public sealed record OrderRoute(
    string OrderKey,
    AccountId Account,
    InstrumentId Instrument,
    string Symbol,
    OrderSide Side,
    TimeInForce TimeInForce,
    UnixNanos? ExpireTime,
    UnixNanos OpenedAt,
    ImmutableArray<ClientOrderId> ClientOrderIds)
{
    /// <summary>False once the order is closed at the platform (filled, canceled, rejected, expired); its ids keep routing late reports.</summary>
    public bool IsOpen { get; init; } = true;

    public UnixNanos? ClosedAt { get; init; }

    public ClientOrderId OriginalClientOrderId => ClientOrderIds[0];

    /// <summary>The id of the most recent cancel or replace request, when there was one.</summary>
    public ClientOrderId? LastRequestId => ClientOrderIds.Length > 1 ? ClientOrderIds[^1] : null;
}
