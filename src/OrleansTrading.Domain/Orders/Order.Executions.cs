using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders.Events;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Orders;

/// <summary>
/// Venue input: execution reports and cancel rejects, applied with the out-of-order rules of docs/domain/orders.md.
/// Every path decides first and changes state last, so input that is not applied leaves the order untouched.
/// </summary>
public sealed partial class Order
{
    /// <summary>
    /// Applies one execution report. Order of checks: malformed → Refused; ExecID already recorded → Duplicate; none of
    /// ClOrdID, OrigClOrdID, OrderID belongs to the order → Refused; then by ExecType. <paramref name="tsInit"/> is when
    /// the platform received the report.
    /// </summary>
    public ExecutionOutcome Apply(ExecutionReport report, UnixNanos tsInit)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.ExecId.Value is null || report.ClientOrderId.Value is null || !Enum.IsDefined(report.ExecType) || !Enum.IsDefined(report.OrdStatus))
        {
            return Refuse(report, tsInit, ExecutionReasonCodes.InvalidReport, "The report lacks an ExecID or ClOrdID, or has an undefined ExecType or OrdStatus.");
        }

        if (_execIdSet.Contains(report.ExecId))
        {
            return new ExecutionOutcome(
                ExecutionOutcomeKind.Duplicate,
                [new DuplicateExecutionIgnored(Id, report.ExecId, report.PossDup, report.TransactTime, tsInit)])
            {
                Code = ExecutionReasonCodes.DuplicateExecId,
                Message = $"ExecID {report.ExecId} was already applied to order {Id}; the redelivery changes nothing.",
            };
        }

        if (!Matches(report.ClientOrderId, report.OrigClientOrderId, report.VenueOrderId))
        {
            return Refuse(report, tsInit, ExecutionReasonCodes.UnknownOrder, $"The report names ClOrdID {report.ClientOrderId}, which is not one of order {Id}'s ids ({string.Join(", ", _clientOrderIds)}).");
        }

        if (Status == OrderStatus.Initialized)
        {
            return Refuse(report, tsInit, ExecutionReasonCodes.OrderNotSubmitted, $"Order {Id} was never submitted (status Initialized); mark it submitted before sending it.");
        }

        return report.ExecType switch
        {
            ExecType.Trade or ExecType.PartialFill or ExecType.Fill => ApplyTrade(report, tsInit),
            ExecType.TradeCorrect or ExecType.TradeCancel => Refuse(report, tsInit, ExecutionReasonCodes.TradeCorrectionUnsupported, $"Trade {(report.ExecType == ExecType.TradeCancel ? "bust" : "correction")} {report.ExecId} is not applied automatically; an operator must adjust the order and the position."),
            ExecType.Replaced => ApplyReplaced(report, tsInit),
            ExecType.Rejected => ApplyRejected(report, tsInit),
            ExecType.Restated => ApplyRestated(report, tsInit),
            ExecType.PendingCancel or ExecType.PendingReplace or ExecType.Stopped or ExecType.Calculated => ApplyInformational(report, tsInit),
            ExecType.New => ApplyStatus(report, OrderStatus.New, tsInit),
            ExecType.PendingNew => ApplyStatus(report, OrderStatus.PendingNew, tsInit),
            ExecType.Canceled => ApplyStatus(report, OrderStatus.Canceled, tsInit),
            ExecType.Expired => ApplyStatus(report, OrderStatus.Expired, tsInit),
            ExecType.DoneForDay => ApplyStatus(report, OrderStatus.DoneForDay, tsInit),
            ExecType.Suspended => ApplyStatus(report, OrderStatus.Suspended, tsInit),
            _ => ApplyOrderStatus(report, tsInit),
        };
    }

    /// <summary>
    /// Applies the venue's refusal of a cancel or replace. When it answers the pending request, the status from before
    /// the request is restored (kept current by fills that arrived meanwhile) and the ClOrdID stays the previous one.
    /// A reject that arrives after the order moved on (e.g. it filled) is accepted without a state change and reported.
    /// </summary>
    public ExecutionOutcome Apply(CancelReject reject, UnixNanos tsInit)
    {
        ArgumentNullException.ThrowIfNull(reject);
        if (reject.ClientOrderId.Value is null || !Enum.IsDefined(reject.ResponseTo))
        {
            return new ExecutionOutcome(ExecutionOutcomeKind.Refused, [])
            {
                Code = ExecutionReasonCodes.InvalidReport,
                Message = "The cancel reject lacks a ClOrdID or has an undefined CxlRejResponseTo.",
            };
        }

        if (!Matches(reject.ClientOrderId, reject.OrigClientOrderId, reject.VenueOrderId))
        {
            return new ExecutionOutcome(ExecutionOutcomeKind.Refused, [])
            {
                Code = ExecutionReasonCodes.UnknownOrder,
                Message = $"The cancel reject names ClOrdID {reject.ClientOrderId}, which is not one of order {Id}'s ids.",
            };
        }

        if (PendingRequest is { } pending && pending.ClientOrderId == reject.ClientOrderId)
        {
            var restored = StatusBeforePendingRequest!.Value;
            MoveTo(restored);
            TsLastUpdate = tsInit;
            return new ExecutionOutcome(ExecutionOutcomeKind.Applied, [RequestRejected(pending.Kind, reject.ClientOrderId, reject.Reason, reject.Text, reject.OrdStatus, reject.TransactTime, tsInit)])
            {
                StateChanged = true,
            };
        }

        var kind = reject.ResponseTo == CancelRejectResponseTo.CancelRequest ? PendingRequestKind.Cancel : PendingRequestKind.Replace;
        return new ExecutionOutcome(ExecutionOutcomeKind.Acknowledged, [RequestRejected(kind, reject.ClientOrderId, reject.Reason, reject.Text, reject.OrdStatus, reject.TransactTime, tsInit)])
        {
            Code = ExecutionReasonCodes.StaleReport,
            Message = $"The reject of request {reject.ClientOrderId} arrived while order {Id} is {Status} with no such request pending; nothing changed.",
        };
    }

    private ExecutionOutcome ApplyTrade(ExecutionReport report, UnixNanos tsInit)
    {
        if (Status == OrderStatus.Rejected)
        {
            return Refuse(report, tsInit, ExecutionReasonCodes.FillOnRejectedOrder, $"The venue reports a fill of {report.LastQty} on order {Id}, which it had rejected; reconcile with the venue.");
        }

        if (!report.LastQty.IsPositive)
        {
            return Refuse(report, tsInit, ExecutionReasonCodes.InvalidReport, $"Trade report {report.ExecId} has LastQty {report.LastQty}; a trade needs a positive quantity.");
        }

        var cumQty = CumQty + report.LastQty;
        if (cumQty > Quantity)
        {
            return new ExecutionOutcome(
                ExecutionOutcomeKind.Overfill,
                [new OverfillDetected(Id, report.ExecId, Quantity, CumQty, report.LastQty, report.LastPx, report.CumQty, report.TransactTime, tsInit)])
            {
                Code = ExecutionReasonCodes.Overfill,
                Message = $"Fill {report.ExecId} of {report.LastQty} would take order {Id} to {cumQty}, above its quantity {Quantity}; not applied.",
            };
        }

        if (report.CumQty != cumQty)
        {
            return Mismatch(report, tsInit, report.LastQty);
        }

        Record(report, tsInit);
        var fill = new Fill(
            FillIds.Derive(Venue, Id, report.ExecId),
            Account,
            Strategy,
            Instrument,
            Id,
            Side,
            report.LastQty,
            report.LastPx,
            report.Commission ?? Money.Zero(QuoteCurrency),
            report.TransactTime,
            tsInit)
        {
            Venue = Venue,
            ExecId = report.ExecId,
            VenueOrderId = report.VenueOrderId ?? VenueOrderId,
        };
        _fills.Add(fill);
        CumQty = cumQty;
        _notional += report.LastQty.Value * report.LastPx.Value;

        if (!IsTerminal)
        {
            if (CumQty == Quantity)
            {
                MoveTo(OrderStatus.Filled);
            }
            else if (Status.IsPendingRequest())
            {
                StatusBeforePendingRequest = OrderStatus.PartiallyFilled;
            }
            else if (Status != OrderStatus.PartiallyFilled)
            {
                MoveTo(OrderStatus.PartiallyFilled);
            }
        }

        var events = new List<OrderEvent>(2) { new OrderFilled(Id, fill, report.ExecId, CumQty, LeavesQty, AvgPx, Status, report.TransactTime, tsInit) };

        // A venue may close the remainder in the same report (an IOC's unfilled part: OrdStatus Canceled).
        if (!IsTerminal
            && report.OrdStatus is OrderStatus.Canceled or OrderStatus.Expired or OrderStatus.DoneForDay or OrderStatus.Suspended
            && OrderStatusTransitions.IsAllowed(Status, report.OrdStatus))
        {
            var from = Status;
            MoveTo(report.OrdStatus);
            events.Add(StatusEvent(from, report.OrdStatus, report, tsInit));
        }

        return new ExecutionOutcome(ExecutionOutcomeKind.Applied, events) { Fill = fill, StateChanged = true };
    }

    private ExecutionOutcome ApplyStatus(ExecutionReport report, OrderStatus target, UnixNanos tsInit)
    {
        var closes = target is OrderStatus.Canceled or OrderStatus.Expired;
        if (report.CumQty > CumQty && !closes && !IsTerminal)
        {
            return Mismatch(report, tsInit, Quantity.Zero);
        }

        var effective = StatusBeforePendingRequest ?? Status;
        if (target == OrderStatus.New && !CumQty.IsZero && effective is OrderStatus.DoneForDay or OrderStatus.Suspended)
        {
            target = OrderStatus.PartiallyFilled;
        }

        if (IsTerminal)
        {
            return target == Status ? Acknowledge(report, tsInit) : Stale(report, tsInit);
        }

        if (Status.IsPendingRequest() && !target.IsTerminal())
        {
            if (target == effective)
            {
                return Acknowledge(report, tsInit);
            }

            if (!OrderStatusTransitions.IsAllowed(effective, target))
            {
                return IsStale(effective, target, report) ? Stale(report, tsInit) : InvalidTransition(report, effective, target, tsInit);
            }

            Record(report, tsInit);
            StatusBeforePendingRequest = target;
            return Applied(StatusEvent(effective, target, report, tsInit));
        }

        if (target == Status)
        {
            return Acknowledge(report, tsInit);
        }

        if (!OrderStatusTransitions.IsAllowed(Status, target))
        {
            return IsStale(Status, target, report) ? Stale(report, tsInit) : InvalidTransition(report, Status, target, tsInit);
        }

        Record(report, tsInit);
        var from = Status;
        MoveTo(target);
        var statusEvent = StatusEvent(from, target, report, tsInit);
        if (closes && report.CumQty > CumQty)
        {
            // The venue closed the order having filled more than we have seen: close it (that is a fact) and say which
            // quantity is missing; the missing fills still apply when they arrive (late fills on a closed order).
            return Applied(statusEvent, new CumQtyMismatchDetected(Id, report.ExecId, CumQty, Quantity.Zero, report.CumQty, report.TransactTime, tsInit));
        }

        return Applied(statusEvent);
    }

    private ExecutionOutcome ApplyOrderStatus(ExecutionReport report, UnixNanos tsInit)
    {
        return report.OrdStatus switch
        {
            OrderStatus.Rejected => ApplyRejected(report, tsInit),
            OrderStatus.PendingCancel or OrderStatus.PendingReplace => ApplyInformational(report, tsInit),
            OrderStatus.Filled => report.CumQty == CumQty && CumQty == Quantity
                ? (Status == OrderStatus.Filled ? Acknowledge(report, tsInit) : Stale(report, tsInit))
                : IsTerminal && report.CumQty <= CumQty ? Stale(report, tsInit) : Mismatch(report, tsInit, Quantity.Zero),
            OrderStatus.New or OrderStatus.Replaced => ApplyStatus(report, report.CumQty.IsZero ? OrderStatus.New : OrderStatus.PartiallyFilled, tsInit),
            OrderStatus.PartiallyFilled when report.CumQty.IsZero => Refuse(report, tsInit, ExecutionReasonCodes.InvalidReport, "The report says PartiallyFilled with CumQty 0."),
            _ => ApplyStatus(report, report.OrdStatus, tsInit),
        };
    }

    private ExecutionOutcome ApplyRejected(ExecutionReport report, UnixNanos tsInit)
    {
        if (PendingRequest is { } pending && pending.ClientOrderId == report.ClientOrderId)
        {
            // Some venues answer a refused cancel/replace with an ExecutionReport (ExecType Rejected) for the request's ClOrdID.
            Record(report, tsInit);
            MoveTo(StatusBeforePendingRequest!.Value);
            return Applied(RequestRejected(pending.Kind, report.ClientOrderId, CancelRejectReason.Other, report.Text, report.OrdStatus, report.TransactTime, tsInit));
        }

        if (IsTerminal)
        {
            return Status == OrderStatus.Rejected ? Acknowledge(report, tsInit) : Stale(report, tsInit);
        }

        var effective = StatusBeforePendingRequest ?? Status;
        if (effective != OrderStatus.PendingNew)
        {
            return InvalidTransition(report, effective, OrderStatus.Rejected, tsInit);
        }

        Record(report, tsInit);
        var from = Status;
        MoveTo(OrderStatus.Rejected);
        return Applied(StatusEvent(from, OrderStatus.Rejected, report, tsInit));
    }

    private ExecutionOutcome ApplyReplaced(ExecutionReport report, UnixNanos tsInit)
    {
        if (IsTerminal)
        {
            return Stale(report, tsInit);
        }

        if (PendingRequest is not { Kind: PendingRequestKind.Replace } pending || pending.ClientOrderId != report.ClientOrderId)
        {
            return Refuse(report, tsInit, ExecutionReasonCodes.NoMatchingReplace, $"Replaced report for ClOrdID {report.ClientOrderId}, but order {Id} has no pending replace with that id.");
        }

        if (report.CumQty > CumQty)
        {
            return Mismatch(report, tsInit, Quantity.Zero);
        }

        var quantity = report.OrderQty ?? pending.Quantity ?? Quantity;
        if (!quantity.IsPositive)
        {
            return Refuse(report, tsInit, ExecutionReasonCodes.InvalidReport, $"The replace report {report.ExecId} sets order {Id}'s quantity to zero.");
        }

        if (quantity < CumQty)
        {
            return Refuse(report, tsInit, ExecutionReasonCodes.QuantityBelowFilled, $"The replace sets order {Id}'s quantity to {quantity}, below the {CumQty} already filled.");
        }

        var before = StatusBeforePendingRequest!.Value;
        var target = quantity == CumQty ? OrderStatus.Filled
            : before is OrderStatus.DoneForDay or OrderStatus.Suspended ? before
            : CumQty.IsZero ? OrderStatus.New
            : OrderStatus.PartiallyFilled;

        Record(report, tsInit);
        var previous = ClientOrderId;
        ApplyReplacement(pending.ClientOrderId, quantity, report.LimitPrice ?? pending.LimitPrice, report.StopPrice ?? pending.StopPrice);
        if (report.VenueOrderId is { } venueOrderId)
        {
            VenueOrderId = venueOrderId;
        }

        MoveTo(target);
        return Applied(new OrderReplaced(Id, report.ExecId, ClientOrderId, previous, Quantity, LimitPrice, StopPrice, Status, report.TransactTime, tsInit));
    }

    private ExecutionOutcome ApplyRestated(ExecutionReport report, UnixNanos tsInit)
    {
        if (IsTerminal)
        {
            return Stale(report, tsInit);
        }

        if (report.CumQty > CumQty)
        {
            return Mismatch(report, tsInit, Quantity.Zero);
        }

        var quantity = report.OrderQty ?? Quantity;
        if (!quantity.IsPositive)
        {
            return Refuse(report, tsInit, ExecutionReasonCodes.InvalidReport, $"The restatement report {report.ExecId} sets order {Id}'s quantity to zero.");
        }

        if (quantity < CumQty)
        {
            return Refuse(report, tsInit, ExecutionReasonCodes.QuantityBelowFilled, $"The restatement sets order {Id}'s quantity to {quantity}, below the {CumQty} already filled.");
        }

        var target = quantity == CumQty ? OrderStatus.Filled : Status;
        if (target != Status && !OrderStatusTransitions.IsAllowed(Status, target))
        {
            return InvalidTransition(report, Status, target, tsInit);
        }

        Record(report, tsInit);
        ApplyReplacement(ClientOrderId, quantity, report.LimitPrice, report.StopPrice);
        if (target != Status)
        {
            MoveTo(target);
        }

        return Applied(new OrderRestated(Id, report.ExecId, Quantity, LimitPrice, StopPrice, Status, report.Text, report.TransactTime, tsInit));
    }

    private ExecutionOutcome ApplyInformational(ExecutionReport report, UnixNanos tsInit)
    {
        if (report.CumQty > CumQty && !IsTerminal)
        {
            return Mismatch(report, tsInit, Quantity.Zero);
        }

        return IsTerminal ? Stale(report, tsInit) : Acknowledge(report, tsInit);
    }

    private bool Matches(ClientOrderId clientOrderId, ClientOrderId? origClientOrderId, VenueOrderId? venueOrderId) =>
        _clientOrderIds.Contains(clientOrderId)
        || (origClientOrderId is { } orig && _clientOrderIds.Contains(orig))
        || (venueOrderId is { } venue && VenueOrderId == venue);

    private void Record(ExecutionReport report, UnixNanos tsInit)
    {
        _execIds.Add(report.ExecId);
        _execIdSet.Add(report.ExecId);
        VenueOrderId ??= report.VenueOrderId;
        TsLastUpdate = tsInit;
    }

    private void ApplyReplacement(ClientOrderId clientOrderId, Quantity quantity, Price? limitPrice, Price? stopPrice)
    {
        ClientOrderId = clientOrderId;
        Quantity = quantity;
        if (Type.HasLimitPrice() && limitPrice is not null)
        {
            LimitPrice = limitPrice;
        }

        if (Type.HasStopPrice() && stopPrice is not null)
        {
            StopPrice = stopPrice;
        }
    }

    /// <summary>A report is older than the order's state when it would move it backwards: to an earlier stage, or with less filled than we have.</summary>
    private bool IsStale(OrderStatus current, OrderStatus target, ExecutionReport report) =>
        current.IsTerminal() || Stage(target) < Stage(current) || report.CumQty < CumQty;

    private static int Stage(OrderStatus status) => status switch
    {
        OrderStatus.Initialized => 0,
        OrderStatus.PendingNew => 1,
        OrderStatus.New or OrderStatus.DoneForDay or OrderStatus.Suspended or OrderStatus.Replaced => 2,
        OrderStatus.PartiallyFilled or OrderStatus.PendingCancel or OrderStatus.PendingReplace => 3,
        _ => 4,
    };

    private OrderEvent StatusEvent(OrderStatus from, OrderStatus to, ExecutionReport report, UnixNanos tsInit) => to switch
    {
        OrderStatus.New or OrderStatus.PartiallyFilled when from is OrderStatus.DoneForDay or OrderStatus.Suspended =>
            new OrderResumed(Id, report.ExecId, to, report.TransactTime, tsInit),
        OrderStatus.New => new OrderAccepted(Id, report.ExecId, report.VenueOrderId ?? VenueOrderId, report.TransactTime, tsInit),
        OrderStatus.Canceled => new OrderCanceled(Id, report.ExecId, CumQty, report.Text, report.TransactTime, tsInit),
        OrderStatus.Expired => new OrderExpired(Id, report.ExecId, CumQty, report.TransactTime, tsInit),
        OrderStatus.DoneForDay => new OrderDoneForDay(Id, report.ExecId, report.TransactTime, tsInit),
        OrderStatus.Suspended => new OrderSuspended(Id, report.ExecId, report.TransactTime, tsInit),
        OrderStatus.Rejected => new OrderRejected(Id, RejectionSource.Venue, report.Text ?? "rejected by the venue", report.ExecId, report.TransactTime, tsInit),
        _ => throw new InvalidOperationException($"Order {Id}: no event describes {from} → {to} from a {report.ExecType} report."),
    };

    private OrderEvent RequestRejected(PendingRequestKind kind, ClientOrderId requestId, CancelRejectReason reason, string? text, OrderStatus? venueStatus, UnixNanos tsEvent, UnixNanos tsInit) =>
        kind == PendingRequestKind.Cancel
            ? new CancelRejected(Id, requestId, reason, text, venueStatus, Status, tsEvent, tsInit)
            : new ReplaceRejected(Id, requestId, reason, text, venueStatus, Status, tsEvent, tsInit);

    private static ExecutionOutcome Applied(params OrderEvent[] events) =>
        new(ExecutionOutcomeKind.Applied, events) { StateChanged = true };

    private ExecutionOutcome Acknowledge(ExecutionReport report, UnixNanos tsInit)
    {
        Record(report, tsInit);
        return new ExecutionOutcome(ExecutionOutcomeKind.Acknowledged, []) { StateChanged = true };
    }

    private ExecutionOutcome Stale(ExecutionReport report, UnixNanos tsInit)
    {
        Record(report, tsInit);
        return new ExecutionOutcome(
            ExecutionOutcomeKind.Stale,
            [new StaleExecutionIgnored(Id, report.ExecId, report.ExecType, report.OrdStatus, Status, report.TransactTime, tsInit)])
        {
            Code = ExecutionReasonCodes.StaleReport,
            Message = $"{report.ExecType} report {report.ExecId} (venue status {report.OrdStatus}, CumQty {report.CumQty}) is older than order {Id}'s state ({Status}, CumQty {CumQty}); recorded, status unchanged.",
            StateChanged = true,
        };
    }

    private ExecutionOutcome Mismatch(ExecutionReport report, UnixNanos tsInit, Quantity lastQty) =>
        new(ExecutionOutcomeKind.CumQtyMismatch, [new CumQtyMismatchDetected(Id, report.ExecId, CumQty, lastQty, report.CumQty, report.TransactTime, tsInit)])
        {
            Code = ExecutionReasonCodes.CumQtyMismatch,
            Message = $"The venue reports {report.OrdStatus} with CumQty {report.CumQty} for order {Id} (quantity {Quantity}), but the fills seen add up to {CumQty + lastQty}; not applied until the executions are reconciled.",
        };

    private ExecutionOutcome InvalidTransition(ExecutionReport report, OrderStatus from, OrderStatus to, UnixNanos tsInit) =>
        Refuse(report, tsInit, ExecutionReasonCodes.InvalidTransition, $"A {report.ExecType} report would move order {Id} from {from} to {to}, which the transition table does not allow.");

    private ExecutionOutcome Refuse(ExecutionReport report, UnixNanos tsInit, string code, string message) =>
        new(ExecutionOutcomeKind.Refused, [new ExecutionReportRefused(Id, report.ExecId, report.ExecType, code, message, report.TransactTime, tsInit)])
        {
            Code = code,
            Message = message,
        };
}
