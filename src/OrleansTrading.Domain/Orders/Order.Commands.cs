using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders.Events;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Orders;

/// <summary>Our own commands. Each returns a result; a refused command leaves the order unchanged.</summary>
public sealed partial class Order
{
    private const string StatusField = "status";
    private const string ClientOrderIdField = "client_order_id";

    /// <summary>
    /// Initialized → PendingNew. Call it, and persist the order, before handing the order to the venue: a crash after
    /// sending then finds the order PendingNew and reconciles it rather than sending it twice.
    /// </summary>
    public OrderCommandResult MarkSubmitted(UnixNanos now)
    {
        if (Status != OrderStatus.Initialized)
        {
            return RefuseForStatus("submitted");
        }

        MoveTo(OrderStatus.PendingNew);
        TsLastUpdate = now;
        return OrderCommandResult.Success(new OrderSubmitted(Id, ClientOrderId, Venue, now, now));
    }

    /// <summary>Initialized → Rejected: the platform refuses an order it has not sent (risk denial, no route). Orders already sent are only rejected by the venue.</summary>
    public OrderCommandResult Reject(string reason, UnixNanos now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status != OrderStatus.Initialized)
        {
            return RefuseForStatus("rejected by the platform (only an order not yet sent can be)");
        }

        MoveTo(OrderStatus.Rejected);
        TsLastUpdate = now;
        return OrderCommandResult.Success(new OrderRejected(Id, RejectionSource.Platform, reason, null, now, now));
    }

    /// <summary>
    /// PendingNew → Rejected for an order handed to a venue that never reached it: the venue's gateway refused to take
    /// it, or the venue has no record of it and it will not be sent again. Only while nothing has come back from the
    /// venue for it — no venue order id, nothing filled; after that only the venue decides the order's fate. A cancel
    /// requested before any acknowledgement (PendingCancel from PendingNew) is moot: there is nothing at the venue for it
    /// to cancel, so it goes with the order.
    /// </summary>
    public OrderCommandResult RejectUndelivered(string reason, UnixNanos now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var neverAcknowledged = Status == OrderStatus.PendingNew
            || (Status == OrderStatus.PendingCancel && StatusBeforePendingRequest == OrderStatus.PendingNew);
        if (!neverAcknowledged || VenueOrderId is not null || !CumQty.IsZero)
        {
            return RefuseForStatus("rejected as undelivered (only a sent order the venue never acknowledged can be)");
        }

        MoveTo(OrderStatus.Rejected);
        TsLastUpdate = now;
        return OrderCommandResult.Success(new OrderRejected(Id, RejectionSource.Platform, reason, null, now, now));
    }

    /// <summary>
    /// Asks to cancel with the cancel request's own ClOrdID <paramref name="cancelClientOrderId"/>: → PendingCancel,
    /// remembering the current status for a cancel reject to restore. An order not yet sent is canceled at once.
    /// Refused while another cancel or replace is pending, and for closed orders.
    /// </summary>
    public OrderCommandResult RequestCancel(ClientOrderId cancelClientOrderId, UnixNanos now)
    {
        if (RefuseNewRequest(cancelClientOrderId) is { } refusal)
        {
            return refusal;
        }

        if (Status == OrderStatus.Initialized)
        {
            MoveTo(OrderStatus.Canceled);
            TsLastUpdate = now;
            return OrderCommandResult.Success(new OrderCanceled(Id, null, CumQty, "canceled before it was sent", now, now));
        }

        if (!OrderStatusTransitions.IsAllowed(Status, OrderStatus.PendingCancel))
        {
            return RefuseForStatus("canceled");
        }

        var request = new PendingOrderRequest(PendingRequestKind.Cancel, cancelClientOrderId, ClientOrderId, now);
        EnterPending(OrderStatus.PendingCancel, request, now);
        return OrderCommandResult.Success(new OrderCancelRequested(Id, cancelClientOrderId, request.OrigClientOrderId, now, now));
    }

    /// <summary>
    /// Asks to replace (FIX cancel/replace): validates the new values against <paramref name="instrument"/> (lot and
    /// tick grid, a price only where the order type has one, the new quantity not below CumQty), then → PendingReplace.
    /// The new values take effect when the venue confirms (ExecType Replaced); an order not yet sent is amended at once.
    /// </summary>
    public OrderCommandResult RequestReplace(ReplaceRequest request, Instrument instrument, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(instrument);
        if (RefuseNewRequest(request.NewClientOrderId) is { } refusal)
        {
            return refusal;
        }

        if (Status != OrderStatus.Initialized && !OrderStatusTransitions.IsAllowed(Status, OrderStatus.PendingReplace))
        {
            return RefuseForStatus("replaced");
        }

        var errors = ValidateReplace(request, instrument);
        if (errors.Count > 0)
        {
            return OrderCommandResult.Refused(errors);
        }

        if (Status == OrderStatus.Initialized)
        {
            var previous = ClientOrderId;
            ApplyReplacement(request.NewClientOrderId, request.Quantity ?? Quantity, request.LimitPrice, request.StopPrice);
            _clientOrderIds.Add(request.NewClientOrderId);
            TsLastUpdate = now;
            return OrderCommandResult.Success(new OrderReplaced(Id, null, ClientOrderId, previous, Quantity, LimitPrice, StopPrice, Status, now, now));
        }

        var pending = new PendingOrderRequest(PendingRequestKind.Replace, request.NewClientOrderId, ClientOrderId, now)
        {
            Quantity = request.Quantity,
            LimitPrice = request.LimitPrice,
            StopPrice = request.StopPrice,
        };
        EnterPending(OrderStatus.PendingReplace, pending, now);
        return OrderCommandResult.Success(new OrderReplaceRequested(
            Id, pending.ClientOrderId, pending.OrigClientOrderId, pending.Quantity, pending.LimitPrice, pending.StopPrice, now, now));
    }

    /// <summary>
    /// Expires a Day or GTD order whose expiry (<see cref="ExpiresAt"/>) has been reached at <paramref name="now"/>.
    /// A pure function of the order and the time: the grain calls it from a timer or reminder. For an order resting
    /// at a live venue the venue's own Expired report is authoritative; use this for orders the platform owns (not
    /// yet sent, paper venue, backtest), and for a live order treat <see cref="IsExpiryDue"/> as a cue to ask the venue.
    /// </summary>
    public OrderCommandResult Expire(UnixNanos now)
    {
        if (IsTerminal)
        {
            return RefuseForStatus("expired");
        }

        if (ExpiresAt is not { } expiresAt)
        {
            return OrderCommandResult.Refused(StatusField, OrderValidationCodes.NotExpirable, $"Order {Id} is {TimeInForce} and has no expiry.");
        }

        if (now < expiresAt)
        {
            return OrderCommandResult.Refused(StatusField, OrderValidationCodes.ExpiryNotDue, $"Order {Id} expires at {expiresAt}, after {now}.");
        }

        MoveTo(OrderStatus.Expired);
        TsLastUpdate = now;
        return OrderCommandResult.Success(new OrderExpired(Id, null, CumQty, expiresAt, now));
    }

    private OrderCommandResult? RefuseNewRequest(ClientOrderId requestId)
    {
        if (IsTerminal)
        {
            return RefuseForStatus("canceled or replaced");
        }

        if (PendingRequest is { } pending)
        {
            return OrderCommandResult.Refused(
                StatusField,
                OrderValidationCodes.RequestPending,
                $"Order {Id} already has a {pending.Kind.ToString().ToLowerInvariant()} request ({pending.ClientOrderId}) awaiting the venue; wait for its answer.");
        }

        if (requestId == default || _clientOrderIds.Contains(requestId))
        {
            return OrderCommandResult.Refused(
                ClientOrderIdField,
                OrderValidationCodes.DuplicateClientOrderId,
                $"ClOrdID '{requestId}' is missing or already used by order {Id}; every cancel or replace needs a new ClOrdID.");
        }

        return null;
    }

    private List<ValidationError> ValidateReplace(ReplaceRequest request, Instrument instrument)
    {
        var errors = new List<ValidationError>();
        if (instrument.Id != Instrument)
        {
            errors.Add(new(OrderSpecification.Fields.Instrument, OrderValidationCodes.InstrumentMismatch, $"Order {Id} is for {Instrument}, not {instrument.Id}."));
            return errors;
        }

        var changesQuantity = request.Quantity is { } q && q != Quantity;
        var changesLimit = request.LimitPrice is { } l && l != LimitPrice;
        var changesStop = request.StopPrice is { } s && s != StopPrice;
        if (!changesQuantity && !changesLimit && !changesStop)
        {
            errors.Add(new(OrderSpecification.Fields.Quantity, OrderValidationCodes.ReplaceChangesNothing, "The replace changes neither the quantity nor a price; send a cancel/replace only with a change."));
            return errors;
        }

        if (request.Quantity is { } quantity)
        {
            if (instrument.CheckQuantity(quantity, OrderSpecification.Fields.Quantity) is { } quantityError)
            {
                errors.Add(quantityError);
            }
            else if (quantity < CumQty)
            {
                errors.Add(new(OrderSpecification.Fields.Quantity, OrderValidationCodes.QuantityBelowFilled, $"The new quantity {quantity} is below the {CumQty} already filled; it must be at least {CumQty}."));
            }
        }

        CheckReplacePrice(errors, instrument, request.LimitPrice, Type.HasLimitPrice(), OrderSpecification.Fields.LimitPrice, "limit", OrderValidationCodes.LimitPriceNotAllowed);
        CheckReplacePrice(errors, instrument, request.StopPrice, Type.HasStopPrice(), OrderSpecification.Fields.StopPrice, "stop", OrderValidationCodes.StopPriceNotAllowed);
        return errors;
    }

    private void CheckReplacePrice(List<ValidationError> errors, Instrument instrument, Values.Price? price, bool allowed, string field, string kind, string notAllowedCode)
    {
        if (price is not { } value)
        {
            return;
        }

        if (!allowed)
        {
            errors.Add(new(field, notAllowedCode, $"Order {Id} is a {Type} order, which has no {kind} price to replace."));
        }
        else if (instrument.CheckPrice(value, field) is { } priceError)
        {
            errors.Add(priceError);
        }
    }

    private void EnterPending(OrderStatus pendingStatus, PendingOrderRequest request, UnixNanos now)
    {
        var before = Status;
        MoveTo(pendingStatus);
        StatusBeforePendingRequest = before;
        PendingRequest = request;
        _clientOrderIds.Add(request.ClientOrderId);
        TsLastUpdate = now;
    }

    private OrderCommandResult RefuseForStatus(string action) =>
        IsTerminal
            ? OrderCommandResult.Refused(StatusField, OrderValidationCodes.OrderClosed, $"Order {Id} is {Status}; a closed order cannot be {action}.")
            : OrderCommandResult.Refused(StatusField, OrderValidationCodes.StatusDoesNotAllow, $"Order {Id} is {Status}; in that status it cannot be {action}.");
}
