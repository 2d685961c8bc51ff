using Microsoft.Extensions.Logging;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Execution.Delivery;
using OrleansTrading.Execution.Routing;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;

namespace OrleansTrading.Execution.Fix;

/// <summary>
/// Outbound: each request's ClOrdID is written to the routing table before the FIX message is sent. When the session is
/// not logged on nothing is queued: the request is refused (<c>VENUE_DISCONNECTED</c>) so the order grain knows at once
/// that it did not leave — an order released minutes later by a reconnect would surprise the trader — and a refused
/// cancel or replace also carries a local cancel reject, which returns the order to its previous state.
/// </summary>
public sealed partial class FixVenueConnector
{
    public const string DisconnectedCode = "VENUE_DISCONNECTED";
    public const string UnknownSymbolCode = "VENUE_UNKNOWN_SYMBOL";
    public const string StoreFailedCode = "VENUE_STORE_FAILED";

    private readonly Lock _sendLock = new();
    private readonly FixMessageBuilder _outbound = new();
    private long _statusRequests;

    public Task<VenueResponse> SendAsync(VenueOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!_options.Symbols.TryToSymbol(order.Instrument, Venue.Value, out var symbol))
        {
            return Task.FromResult(NotSent(order, new Refusal(UnknownSymbolCode,
                $"Venue {Venue} has no symbol for instrument {order.Instrument}; add it under the venue's Symbols in OrleansTrading:Venues.")));
        }

        lock (_sendLock)
        {
            if (LoggedOnSession() is not { } session)
            {
                return Task.FromResult(NotSent(order, Disconnected("order")));
            }

            var route = new OrderRoute(order.OrderKey, order.Account, order.Instrument, symbol, order.Side, order.TimeInForce, order.ExpireTime, Now, [order.VenueClientOrderId]);
            bool added;
            try
            {
                added = _routes!.TryAdd(route);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                LogRouteWriteFailed(_logger, ex, Venue, order.OrderKey);
                return Task.FromResult(NotSent(order, new Refusal(StoreFailedCode,
                    $"Venue {Venue} could not record order {order.VenueClientOrderId} in its routing table ({ex.Message}); the order was not sent.")));
            }

            if (!added)
            {
                // Sent before (a retried submission): a second NewOrderSingle would be a second order. Ask for its status instead.
                var existing = _routes.Find(order.OrderKey)!;
                SendStatusRequest(session, existing, order.VenueClientOrderId, null, NextStatusRequestId());
                return Task.FromResult(VenueResponse.Sent);
            }

            if (!session.Send(FixOrderMessages.NewOrderSingle(_outbound, order, symbol)))
            {
                _routes.Close(order.OrderKey, Now);
                return Task.FromResult(NotSent(order, Disconnected("order")));
            }
        }

        return Task.FromResult(VenueResponse.Sent);
    }

    public Task<VenueResponse> CancelAsync(VenueCancelRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_sendLock)
        {
            if (LoggedOnSession() is not { } session)
            {
                return Task.FromResult(NotDelivered(request.VenueClientOrderId, request.OrigVenueClientOrderId, request.VenueOrderId, CancelRejectResponseTo.CancelRequest, "cancel"));
            }

            if (RouteRequest(request.OrderKey, request.Instrument, request.Side, null, request.OrigVenueClientOrderId, request.VenueClientOrderId) is not { } route)
            {
                return Task.FromResult(StoreFailed(request.VenueClientOrderId, request.OrigVenueClientOrderId, request.VenueOrderId, CancelRejectResponseTo.CancelRequest));
            }

            if (!session.Send(FixOrderMessages.OrderCancelRequest(_outbound, request, route, Now)))
            {
                return Task.FromResult(NotDelivered(request.VenueClientOrderId, request.OrigVenueClientOrderId, request.VenueOrderId, CancelRejectResponseTo.CancelRequest, "cancel"));
            }
        }

        return Task.FromResult(VenueResponse.Sent);
    }

    public Task<VenueResponse> ReplaceAsync(VenueReplaceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_sendLock)
        {
            if (LoggedOnSession() is not { } session)
            {
                return Task.FromResult(NotDelivered(request.VenueClientOrderId, request.OrigVenueClientOrderId, request.VenueOrderId, CancelRejectResponseTo.CancelReplaceRequest, "replace"));
            }

            if (RouteRequest(request.OrderKey, request.Instrument, request.Side, request.TimeInForce, request.OrigVenueClientOrderId, request.VenueClientOrderId) is not { } route)
            {
                return Task.FromResult(StoreFailed(request.VenueClientOrderId, request.OrigVenueClientOrderId, request.VenueOrderId, CancelRejectResponseTo.CancelReplaceRequest));
            }

            if (!session.Send(FixOrderMessages.OrderCancelReplaceRequest(_outbound, request, route, Now)))
            {
                return Task.FromResult(NotDelivered(request.VenueClientOrderId, request.OrigVenueClientOrderId, request.VenueOrderId, CancelRejectResponseTo.CancelReplaceRequest, "replace"));
            }
        }

        return Task.FromResult(VenueResponse.Sent);
    }

    /// <summary>
    /// What the venue knows about one order, for an order grain recovering after a failure: an OrderStatusRequest goes
    /// out and the venue's answer reaches the order grain like any report (an order the venue does not know comes back
    /// as unknown through the usual path). Never answered locally as unknown: the routing table may not cover the
    /// order's whole life (an earlier installation, a lost table), and a wrong "unknown" would make the grain send a
    /// live order again. Refused while the session is not logged on.
    /// </summary>
    public Task<VenueResponse> StatusAsync(VenueOrderStatusRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_sendLock)
        {
            if (LoggedOnSession() is not { } session
                || EnsureRoute(request.OrderKey, request.Instrument, request.Side, null, request.VenueClientOrderId) is not { } route
                || !SendStatusRequest(session, route, request.VenueClientOrderId, request.VenueOrderId, NextStatusRequestId()))
            {
                return Task.FromResult(VenueResponse.Refused(Disconnected("status request")));
            }
        }

        return Task.FromResult(VenueResponse.Sent);
    }

    /// <summary>Asks the venue for one order's status outside a reconciliation run (after a business reject, or an "unknown order" cancel reject).</summary>
    private async Task RequestStatusAsync(OrderRoute route)
    {
        PlatformOrderState? state = null;
        try
        {
            state = await _orders.GetAsync(route.OrderKey).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStateReadFailed(_logger, ex, Venue, route.OrderKey);
        }

        lock (_sendLock)
        {
            if (LoggedOnSession() is { } session)
            {
                SendStatusRequest(session, route, state?.ClientOrderId ?? route.OriginalClientOrderId, state?.VenueOrderId, NextStatusRequestId());
            }
        }
    }

    /// <summary>Sends an OrderStatusRequest; call under the send lock. False when the session is not logged on.</summary>
    private bool SendStatusRequest(FixSession session, OrderRoute route, ClientOrderId clientOrderId, VenueOrderId? venueOrderId, string requestId) =>
        session.Send(FixOrderMessages.OrderStatusRequest(_outbound, route, clientOrderId, venueOrderId, requestId));

    private string NextStatusRequestId() =>
        $"{Venue.Value}-S{Now.Value / UnixNanos.NanosPerSecond}-{Interlocked.Increment(ref _statusRequests)}";

    private FixSession? LoggedOnSession() =>
        !_stopped && _initiator?.Session is { IsLoggedOn: true } session ? session : null;

    /// <summary>Adds a cancel/replace ClOrdID to the order's route (creating the route if the order was never sent from here); null when the store failed.</summary>
    private OrderRoute? RouteRequest(string orderKey, InstrumentId instrument, OrderSide side, TimeInForce? timeInForce, ClientOrderId origId, ClientOrderId requestId) =>
        EnsureRoute(orderKey, instrument, side, timeInForce, origId) is null ? null : AddRequest(orderKey, requestId);

    /// <summary>
    /// The order's route, created if the order is not in the table (it was sent by an earlier installation, or the
    /// table was lost), so that the venue's answers about it find the order; the symbol comes from the venue's map.
    /// Null when the store failed.
    /// </summary>
    private OrderRoute? EnsureRoute(string orderKey, InstrumentId instrument, OrderSide side, TimeInForce? timeInForce, ClientOrderId clientOrderId)
    {
        try
        {
            if (_routes!.Find(orderKey) is { } existing)
            {
                return existing;
            }

            var symbol = _options.Symbols.TryToSymbol(instrument, Venue.Value, out var mapped) ? mapped : instrument.Value;
            var account = GrainKeys.ParseOrder(orderKey).Account;
            _routes.TryAdd(new OrderRoute(orderKey, account, instrument, symbol, side, timeInForce ?? TimeInForce.Day, null, Now, [clientOrderId]));
            return _routes.Find(orderKey);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            LogRouteWriteFailed(_logger, ex, Venue, orderKey);
            return null;
        }
    }

    private OrderRoute? AddRequest(string orderKey, ClientOrderId requestId)
    {
        try
        {
            return _routes!.AddRequest(orderKey, requestId);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            LogRouteWriteFailed(_logger, ex, Venue, orderKey);
            return null;
        }
    }

    /// <summary>
    /// The refusal of an order that never left, with the connector's own Rejected report for it (ExecID
    /// <c>NOTSENT-{ClOrdID}</c>, unique per order): the order is closed by a report whatever the caller does with the refusal.
    /// </summary>
    private VenueResponse NotSent(VenueOrder order, Refusal refusal)
    {
        const string prefix = "NOTSENT-";
        var id = order.VenueClientOrderId.Value;
        var execId = new ExecId(prefix + (id.Length <= Identifier.MaxLength - prefix.Length ? id : id[^(Identifier.MaxLength - prefix.Length)..]));
        var report = new ExecutionReport(ExecType.Rejected, OrderStatus.Rejected, execId, order.VenueClientOrderId, null,
            Quantity.Zero, Price.Zero, Quantity.Zero, Quantity.Zero, Price.Zero, Now)
        {
            Text = refusal.Message,
        };
        return new VenueResponse([report], [], refusal);
    }

    private Refusal Disconnected(string what) => new(DisconnectedCode,
        $"Venue {Venue} is not connected (the FIX session is not logged on): the {what} was not sent. Nothing is queued; send it again once the venue is connected.",
        RefusalKind.Unavailable);

    private VenueResponse NotDelivered(ClientOrderId requestId, ClientOrderId origId, VenueOrderId? venueOrderId, CancelRejectResponseTo responseTo, string what) =>
        new([], [LocalReject(requestId, origId, venueOrderId, responseTo, $"Not sent: venue {Venue} is not connected; the order is unchanged at the venue.")], Disconnected(what));

    private VenueResponse StoreFailed(ClientOrderId requestId, ClientOrderId origId, VenueOrderId? venueOrderId, CancelRejectResponseTo responseTo)
    {
        var text = $"Not sent: venue {Venue} could not record request {requestId} in its routing table.";
        return new([], [LocalReject(requestId, origId, venueOrderId, responseTo, text)], new Refusal(StoreFailedCode, text));
    }

    private CancelReject LocalReject(ClientOrderId requestId, ClientOrderId origId, VenueOrderId? venueOrderId, CancelRejectResponseTo responseTo, string text) =>
        new(requestId, responseTo, CancelRejectReason.Other, Now)
        {
            OrigClientOrderId = origId,
            VenueOrderId = venueOrderId,
            Text = text,
        };

    [LoggerMessage(EventId = 5110, Level = LogLevel.Error, Message = "Venue {Venue}: could not write the route of order {OrderKey}; the request was not sent")]
    private static partial void LogRouteWriteFailed(ILogger logger, Exception exception, VenueId venue, string orderKey);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Warning, Message = "Venue {Venue}: could not read order {OrderKey} from the platform")]
    private static partial void LogStateReadFailed(ILogger logger, Exception exception, VenueId venue, string orderKey);
}
