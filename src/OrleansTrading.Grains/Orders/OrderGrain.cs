using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Grains.MarketData;
using DomainOrderEvent = OrleansTrading.Domain.Orders.Events.OrderEvent;
using KernelCommandResult = OrleansTrading.Domain.Orders.OrderCommandResult;
using OrderCommandResult = OrleansTrading.Abstractions.Orders.OrderCommandResult;

namespace OrleansTrading.Grains.Orders;

/// <summary>
/// One order. Submission is idempotent by key; the order is admitted by its account (risk, journaled — the order's
/// durable record before anything is sent; the grain stores its own state from the venue's first answer on); every
/// venue report goes through the kernel <see cref="Order"/> (ExecID dedupe, overfill detection); every fill is
/// persisted on the order first, then confirmed by the position and the account, which both ignore re-sends — so
/// after any failure a repair re-sends what is unconfirmed and nothing applies twice.
/// </summary>
public sealed partial class OrderGrain(
    [FromKeyedServices(TradingStorage.Name)] IGrainStorage storage,
    IInstrumentCatalog instruments,
    MarketPriceBook prices,
    OrderRecoveryOptions recovery,
    IClock clock,
    ILogger<OrderGrain> logger) : Grain, IOrderGrain, IRemindable
{
    public static readonly VenueId PaperVenue = new("PAPER");

    private const string PropagationReminder = "propagate";

    /// <summary>Who an order rebuilt from its admission was asked by: the journal keeps the order, not the caller.</summary>
    private const string RecoveredActor = "recovered-from-journal";
    private static readonly TimeSpan _firstRetry = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan _maxRetry = TimeSpan.FromSeconds(5);

    private Order? _order;
    private IGrainTimer? _retry;
    private IGrainTimer? _venueRecovery;
    private IGrainTimer? _requestCheck;
    private TimeSpan _retryDelay = _firstRetry;
    private TimeSpan _venueRetryDelay = recovery.RetryVenueAfter;
    private bool _reminderRegistered;
    private bool _activated;
    private StoredOrderState _stored = null!;

    private SubmitOrderRequest? Request => _stored.State.Request;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // nothing is read here: a new order has nothing stored, and an existing one is loaded by its first call (LoadAsync)
        _stored = new StoredOrderState(storage, this.GetGrainId());
        _activated = true;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Loads what this grain stored of its own: state it wrote while its account could not journal a change (or stored
    /// before the journal was the order's record), re-sending what the account has not confirmed. The journal may have
    /// caught up since, and gone beyond it if removing the stored state failed: the newer of the two is the order.
    /// False when nothing is stored.
    /// </summary>
    private async Task<bool> LoadStoredAsync()
    {
        await _stored.ReadAsync();
        if (_stored.State is not { Order: { } snapshot, Request: { } stored })
        {
            return false;
        }

        if (await Account(stored.Account).FindOrder(this.GetPrimaryKeyString()) is { Record: { } record } journaled &&
            record.Changes.Length > _stored.State.Changes.Count)
        {
            Continue(record, journaled.JournaledVersion);
            await ForgetStoredStateAsync();
        }
        else
        {
            _order = Order.Restore(snapshot);
        }

        await PropagateUnconfirmedAsync();
        return true;
    }

    /// <summary>
    /// Re-sends what the account has not confirmed, if anything. An order loaded from what it stored itself also hands
    /// its record to the account (even with nothing new), so that its journal row holds the record before the stored
    /// state is removed.
    /// </summary>
    private async Task PropagateUnconfirmedAsync()
    {
        if (HasUnconfirmed || _stored.RecordExists)
        {
            await PropagateAsync();
        }
    }

    public async Task<SubmitOrderResult> Submit(SubmitOrderRequest request)
    {
        request = NewOrders.WithVenue(request);
        if (Request is { } existing)
        {
            return await SubmittedAgainAsync(existing, request);
        }

        var (expectedAccount, expectedClientId) = GrainKeys.ParseOrder(this.GetPrimaryKeyString());
        if (request.Account != expectedAccount || request.ClientOrderId != expectedClientId)
        {
            return SubmitOrderResult.Refused(new Refusal("ORDER_KEY_MISMATCH", "The request was sent to another order's grain.", RefusalKind.InvalidArgument));
        }

        if (instruments.Find(request.Instrument) is not { } instrument)
        {
            return await AdmittedBeforeAsync(request) ??
                SubmitOrderResult.Refused(new Refusal("UNKNOWN_INSTRUMENT", $"instrument_id: {request.Instrument} is not a known instrument.", RefusalKind.InvalidArgument));
        }

        var now = clock.UtcNow;
        var created = Order.Create(NewOrders.Specification(request), instrument, now);
        if (!created.Succeeded)
        {
            var message = string.Join(" ", created.Errors.Select(e => $"{e.Field}: {e.Message}"));
            return await AdmittedBeforeAsync(request) ??
                SubmitOrderResult.Refused(new Refusal(created.Errors[0].Code, message, RefusalKind.InvalidArgument));
        }

        var (order, submittedChange) = NewOrders.MarkSubmitted(created.Order!, now);
        var initialView = OrderViews.Build(request, order, [submittedChange], now);
        var admission = await Account(request.Account).Admit(new OrderAdmission(request, prices.Last(request.Instrument), now, initialView));
        if (admission.Existing is { } admitted)
        {
            // an earlier activation was admitted and ended before the order stored anything: continue that order
            return await ResumeAdmittedAsync(admitted, request);
        }

        if (!admission.Admitted)
        {
            return SubmitOrderResult.Refused(admission.Refusal!);
        }

        // The account's journal entry is the order's durable record (ADR 0006): this grain stores nothing of its own
        // unless its account cannot take a change, and a later activation continues from the journal (LoadAsync).
        _order = order;
        _stored.State.Request = request;
        _stored.State.Changes = [submittedChange];
        _stored.State.AccountConfirmedVersion = 1;
        await SendToVenueAsync();
        return SubmitOrderResult.Accepted(View());
    }

    /// <summary>
    /// A request that fails validation now may still be the retry of an order an earlier activation had admitted (its
    /// expire time has passed since, or its instrument left the catalog): that order is judged as stored, not validated
    /// anew. Null when no order was admitted under this key. Asked only on the refusal path, so new orders pay nothing.
    /// </summary>
    private async Task<SubmitOrderResult?> AdmittedBeforeAsync(SubmitOrderRequest request) =>
        await Account(request.Account).FindOrder(this.GetPrimaryKeyString()) is { } journaled
            ? await ResumeAdmittedAsync(journaled, request)
            : null;

    /// <summary>
    /// Continues an order an earlier activation had admitted, from its journal entry. An open order is first settled
    /// with the venue (as any open order rebuilt after its activation ended): in particular, a different request under
    /// its id is refused, but the order it collided with must not be left unsent and holding its risk reservation
    /// because the request that woke it was the wrong one.
    /// </summary>
    private async Task<SubmitOrderResult> ResumeAdmittedAsync(JournaledOrder journaled, SubmitOrderRequest request)
    {
        if (!await LoadStoredAsync())
        {
            if (!ContinueJournaled(journaled))
            {
                return SubmitOrderResult.Refused(new Refusal("ORDER_UNRECOVERABLE",
                    $"Order {request.ClientOrderId} was admitted before but cannot be rebuilt from its account's journal; an operator must resolve it.",
                    RefusalKind.FailedPrecondition));
            }

            await PropagateUnconfirmedAsync();
        }

        if (!_order!.IsTerminal)
        {
            await RecoverFromVenueAsync();
        }

        return await SubmittedAgainAsync(Request!, request);
    }

    /// <summary>The same key again: the same order (settling anything a failure left open), or a refusal for a different one.</summary>
    private async Task<SubmitOrderResult> SubmittedAgainAsync(SubmitOrderRequest existing, SubmitOrderRequest request)
    {
        if (!NewOrders.WithVenue(existing).IsSameOrderAs(request))
        {
            return SubmitOrderResult.Refused(new Refusal(
                "CLIENT_ORDER_ID_IN_USE",
                $"Client order id {request.ClientOrderId} is already used by a different order on account {request.Account}; use a new id.",
                RefusalKind.AlreadyExists));
        }

        if (HasUnconfirmed)
        {
            await PropagateAsync();
        }

        if (IsUnacknowledged)
        {
            await RecoverFromVenueAsync();
        }

        return SubmitOrderResult.Duplicate(View());
    }

    /// <summary>
    /// The order, loaded: when this grain has stored nothing (the usual case — its account's journal is its record) it is
    /// rebuilt from its journal entry, and an open order asks the venue what happened while it was not active. False
    /// when no order was ever admitted under this key.
    /// </summary>
    private async Task<bool> LoadAsync(bool cancelling = false)
    {
        if (_order is not null)
        {
            return true;
        }

        var key = this.GetPrimaryKeyString();
        if (!await LoadStoredAsync())
        {
            if (!GrainKeys.TryParseOrder(key, out var account, out _) ||
                await Account(account).FindOrder(key) is not { } journaled ||
                !ContinueJournaled(journaled))
            {
                return false;
            }

            await PropagateUnconfirmedAsync();
        }

        if (!_order!.IsTerminal)
        {
            // woken by a cancel, an order the venue never got is not sent first and cancelled after: it is not sent at all
            await RecoverFromVenueAsync(cancelling);
        }

        return true;
    }

    /// <summary>Rebuilds the order from its journal entry: its record, or, for an order journaled only at its admission, that admission.</summary>
    private bool ContinueJournaled(JournaledOrder journaled)
    {
        if (journaled.Record is { } record)
        {
            Continue(record, journaled.JournaledVersion);
            return true;
        }

        return ContinueAdmitted(journaled.View);
    }

    /// <summary>
    /// Continues the order exactly where its record leaves it. Its changes are confirmed up to the last version whose
    /// event is journaled — normally all of them; the rest (the process died between two appends of one batch) are
    /// sent again.
    /// </summary>
    private void Continue(OrderRecord record, int journaledVersion)
    {
        _order = Order.Restore(record.Order);
        _stored.State.Request = record.Request;
        _stored.State.Order = record.Order;
        _stored.State.Changes = [.. record.Changes];
        _stored.State.AccountConfirmedVersion = Math.Min(journaledVersion, record.Changes.Length);
        _stored.State.UnconfirmedFills = [];
        _stored.State.RequestCount = record.RequestCount;
        _stored.State.CancelWhenAnsweredBy = record.CancelWhenAnsweredBy;
    }

    /// <summary>
    /// Rebuilds the order exactly as it was admitted (version 1, submitted, at its creation time) from its admission's
    /// journal entry, which carries the order's view only (the request and the order are re-derived from it; a smaller
    /// row than a record). Every later version is journaled with the order's record; an entry without one at a later
    /// version was written before entries carried records, when the grain stored such orders itself.
    /// </summary>
    private bool ContinueAdmitted(OrderView admitted)
    {
        if (admitted.Version != 1 || admitted.Status != OrderStatus.PendingNew || instruments.Find(admitted.Instrument) is not { } instrument)
        {
            LogUnrecoverable(logger, this.GetPrimaryKeyString(), admitted.Version, admitted.Status);
            return false;
        }

        var request = new SubmitOrderRequest(admitted.Account, admitted.Strategy, admitted.Instrument, admitted.ClientOrderId, admitted.Side,
            admitted.Type, admitted.Quantity, admitted.LimitPrice, admitted.StopPrice, admitted.TimeInForce, admitted.ExpireTime, RecoveredActor, admitted.Venue);
        var created = Order.Create(NewOrders.Specification(request), instrument, admitted.CreatedAt);
        if (!created.Succeeded)
        {
            LogUnrecoverable(logger, this.GetPrimaryKeyString(), admitted.Version, admitted.Status);
            return false;
        }

        var (order, submittedChange) = NewOrders.MarkSubmitted(created.Order!, admitted.CreatedAt);
        _order = order;
        _stored.State.Request = request;
        _stored.State.Changes = [submittedChange];
        _stored.State.AccountConfirmedVersion = 1;
        return true;
    }

    public async Task<OrderCommandResult> Cancel(string actor)
    {
        if (!await LoadAsync(cancelling: true) || _order is null)
        {
            return OrderCommandResult.Refused(NotFound());
        }

        if (_order is { IsTerminal: false, PendingRequest: not null })
        {
            // another cancel or replace is in flight: this cancel follows as soon as that one is answered, so an order
            // whose earlier request is refused (or never arrived) does not stay working after it was asked to stop
            _stored.State.CancelWhenAnsweredBy = actor;
            if (!await PropagateAsync(recordOnly: true))
            {
                await SaveAsync();
            }

            return OrderCommandResult.Done(View());
        }

        var now = clock.UtcNow;
        var cancelId = VenueClientOrderIds.Request(_order.Id, _stored.State.RequestCount + 1);
        var origId = _order.ClientOrderId;
        var requested = _order.RequestCancel(cancelId, now);
        if (!requested.Succeeded)
        {
            return OrderCommandResult.Refused(Refused(requested), View());
        }

        _stored.State.RequestCount++;
        Record(requested.Events, requestedBy: actor);
        await CommitChangesAsync();

        VenueResponse response;
        try
        {
            response = await Venue().Cancel(new VenueCancelRequest(
                this.GetPrimaryKeyString(), _order.Instrument, cancelId, origId, _order.VenueOrderId, _order.Side, _order.Quantity));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // the request may or may not have reached the venue: its status settles it (SettleUnansweredRequestAsync)
            LogVenueUnconfirmed(logger, ex, this.GetPrimaryKeyString(), _order.Venue);
            ScheduleVenueRecovery();
            return OrderCommandResult.Done(View());
        }

        await ApplyVenueResponseAsync(response, "Venue refused the cancel");
        CheckAnsweredLater(cancelId);
        return response.Refusal is { } refusal ? OrderCommandResult.Refused(refusal, View()) : OrderCommandResult.Done(View());
    }

    public async Task<OrderCommandResult> Replace(ReplaceOrderRequest request)
    {
        if (!await LoadAsync() || _order is null || Request is null)
        {
            return OrderCommandResult.Refused(NotFound());
        }

        if (instruments.Find(_order.Instrument) is not { } instrument)
        {
            return OrderCommandResult.Refused(new Refusal("UNKNOWN_INSTRUMENT", $"Instrument {_order.Instrument} is no longer configured.", RefusalKind.FailedPrecondition), View());
        }

        var replacement = Request with
        {
            Quantity = request.Quantity ?? _order.Quantity,
            LimitPrice = request.LimitPrice ?? _order.LimitPrice,
            StopPrice = request.StopPrice ?? _order.StopPrice,
            Actor = request.Actor,
        };
        if (await Account(_order.Account).CheckReplace(View(), replacement) is { } riskRefusal)
        {
            return OrderCommandResult.Refused(riskRefusal, View());
        }

        var now = clock.UtcNow;
        var replaceId = VenueClientOrderIds.Request(_order.Id, _stored.State.RequestCount + 1);
        var origId = _order.ClientOrderId;
        var requested = _order.RequestReplace(
            new ReplaceRequest(replaceId) { Quantity = request.Quantity, LimitPrice = request.LimitPrice, StopPrice = request.StopPrice },
            instrument,
            now);
        if (!requested.Succeeded)
        {
            return OrderCommandResult.Refused(Refused(requested), View());
        }

        _stored.State.RequestCount++;
        Record(requested.Events, requestedBy: request.Actor);
        await CommitChangesAsync();

        VenueResponse response;
        try
        {
            response = await Venue().Replace(new VenueReplaceRequest(
                this.GetPrimaryKeyString(),
                _order.Instrument,
                replaceId,
                origId,
                _order.VenueOrderId,
                _order.Side,
                _order.Type,
                replacement.Quantity,
                replacement.LimitPrice,
                replacement.StopPrice,
                _order.TimeInForce));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // the request may or may not have reached the venue: its status settles it (SettleUnansweredRequestAsync)
            LogVenueUnconfirmed(logger, ex, this.GetPrimaryKeyString(), _order.Venue);
            ScheduleVenueRecovery();
            return OrderCommandResult.Done(View());
        }

        await ApplyVenueResponseAsync(response, "Venue refused the replace");
        CheckAnsweredLater(replaceId);
        return response.Refusal is { } refusal ? OrderCommandResult.Refused(refusal, View()) : OrderCommandResult.Done(View());
    }

    public async Task<OrderView?> Get() => await LoadAsync() ? View() : null;

    public async Task<OrderView> TakeOver(OrderRecord record)
    {
        if (_order is not null)
        {
            return View();
        }

        // The account journaled the order's admission (version 1) and nothing after it, and it is reloading after its
        // journal failed; its caller waits for this answer, so nothing here may call the account: the order is stored
        // here first (unless this grain stored it already) and handed to the account by the retry.
        await _stored.ReadAsync();
        if (_stored.State is { Order: { } snapshot, Request: not null })
        {
            _order = Order.Restore(snapshot);
        }
        else
        {
            Continue(record, journaledVersion: 1);
            await SaveAsync();
        }

        await ScheduleRetryAsync();
        return View();
    }

    public async Task ApplyExecution(VenueId venue, ExecutionReport report)
    {
        if (!await LoadAsync() || _order is null)
        {
            LogUnknownOrder(logger, this.GetPrimaryKeyString(), report.ExecId.Value);
            return;
        }

        var outcome = _order.Apply(report, clock.UtcNow);
        await AfterVenueInputAsync(outcome);
    }

    public async Task ApplyCancelReject(VenueId venue, CancelReject reject)
    {
        if (!await LoadAsync() || _order is null)
        {
            return;
        }

        var outcome = _order.Apply(reject, clock.UtcNow);
        await AfterVenueInputAsync(outcome);
    }

    public async Task ApplyVenueUnknown(VenueOrderUnknown notice)
    {
        if (!await LoadAsync() || _order is null || _order.IsTerminal)
        {
            return;
        }

        // The venue has no such order: if it never acknowledged it, the order never reached the venue and is
        // rejected (with any cancel asked for meanwhile: there is nothing to cancel); an order the venue once
        // acknowledged and has now forgotten is a discrepancy for people.
        if ((_order.StatusBeforePendingRequest ?? _order.Status) == OrderStatus.PendingNew && _order.VenueOrderId is null)
        {
            var rejected = _order.RejectUndelivered(notice.Text ?? "Unknown to the venue at reconciliation", clock.UtcNow);
            if (rejected.Succeeded)
            {
                Record(rejected.Events);
                await CommitChangesAsync();
            }

            return;
        }

        if (_stored.State.Changes.Count > 0 && _stored.State.Changes[^1].Kind == OrderEventKind.DiscrepancyDetected)
        {
            return; // already flagged and nothing has happened since: one flag per discrepancy, not one per activation
        }

        LogDiscrepancy(logger, this.GetPrimaryKeyString(), notice.Venue, _order.Status);
        var change = new OrderChange(NextVersion, OrderEventKind.DiscrepancyDetected, _order.Status, null,
            $"Reconciliation: {notice.Venue} does not know this order although it was {_order.Status}; an operator must resolve it.", notice.At);
        _stored.State.Changes.Add(change);
        await CommitChangesAsync();
    }

    public async Task<OrderView?> Repair()
    {
        if (!await LoadAsync() || _order is null)
        {
            return null;
        }

        _stored.State.AccountConfirmedVersion = 0;
        await PropagateAsync();
        return View();
    }

    /// <summary>Hands the order to its venue (again, after a failure: the venue takes each order key once).</summary>
    private async Task SendToVenueAsync()
    {
        var order = _order!;
        var request = Request!;
        VenueResponse response;
        try
        {
            response = await Venue().Send(NewOrders.ToVenue(this.GetPrimaryKeyString(), request, order));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The venue may or may not have the order: it stays PendingNew and recovery settles it, soon, while the
            // order is still fresh enough to be sent again if it never arrived.
            LogVenueUnconfirmed(logger, ex, this.GetPrimaryKeyString(), order.Venue);
            ScheduleVenueRecovery();
            return;
        }

        await ApplyVenueResponseAsync(response, "Venue refused the order");
    }

    /// <summary>
    /// Settles an order whose venue answers may have been lost (its previous activation died mid-call): asks the
    /// venue for the order's status and applies what it reports (reports already applied are ignored by ExecID). An
    /// order the venue never received is sent now while it is fresh, and rejected once it is too old to send.
    /// </summary>
    private async Task RecoverFromVenueAsync(bool cancelling = false)
    {
        var order = _order!;
        VenueResponse status;
        try
        {
            status = await Venue().Status(new VenueOrderStatusRequest(this.GetPrimaryKeyString(), order.Instrument, order.ClientOrderId, order.VenueOrderId, order.Side));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogVenueUnconfirmed(logger, ex, this.GetPrimaryKeyString(), order.Venue);
            ScheduleVenueRecovery();
            return;
        }

        if (status.Refusal is { } refusal)
        {
            LogRecoveryRefused(logger, this.GetPrimaryKeyString(), order.Venue, refusal.Message);
            ScheduleVenueRecovery();
            return;
        }

        _venueRetryDelay = recovery.RetryVenueAfter; // the venue answered
        if (!status.OrderUnknown)
        {
            await ApplyVenueResponseAsync(status, "Venue refused the order");
            await SettleUnansweredRequestAsync(status);
            return;
        }

        var now = clock.UtcNow;
        var cancelRequested = cancelling || _stored.State.Changes.Any(c => c.Kind == OrderEventKind.CancelRequested);
        var notResent = !IsUnacknowledged ? "the venue had acknowledged it"
            : cancelRequested ? "a cancel was requested before the venue acknowledged it"
            : now >= order.TsInit.Add(recovery.ResendUnacknowledgedWithin) ? $"older than {recovery.ResendUnacknowledgedWithin}"
            : (await Account(order.Account).CheckResend(order.Strategy))?.Message;
        if (notResent is null)
        {
            LogResending(logger, this.GetPrimaryKeyString(), order.Venue);
            await SendToVenueAsync();
            return;
        }

        // Never sent late, never sent after someone asked to cancel it (the cancel found nothing at the venue, which put
        // the order back to PendingNew, or the cancel is what woke it), and never sent into a halt: it is rejected as
        // never having reached the venue.
        await ApplyVenueUnknown(new VenueOrderUnknown(order.Venue, order.ClientOrderId, $"Unknown to the venue at recovery (not sent again: {notResent})", now));
    }

    /// <summary>
    /// A cancel still pending after the venue reported the order simply working (not pending a request of its own)
    /// never reached the venue: its send failed, or it was lost with the previous activation. It is rejected locally,
    /// which puts the order back where it was and lets the trader send it again; were the venue to act on it after all,
    /// its report still applies (a Canceled report on a working order cancels it). A replace is left to the venue's own
    /// answer: a Replaced report for a request settled here would no longer match, and the order's terms would differ
    /// from the venue's.
    /// </summary>
    private async Task SettleUnansweredRequestAsync(VenueResponse status)
    {
        if (_order is not { IsTerminal: false, PendingRequest: { Kind: PendingRequestKind.Cancel } pending }
            || status.Reports.LastOrDefault()?.OrdStatus is not { } venueStatus
            || venueStatus is not (OrderStatus.New or OrderStatus.PartiallyFilled))
        {
            return;
        }

        var outcome = _order.Apply(
            VenueAnswers.NotSent(pending, $"The venue shows the order {venueStatus} and never answered the cancel request, so it did not receive it; send it again.", clock.UtcNow),
            clock.UtcNow);
        if (outcome.StateChanged)
        {
            LogRequestNotReceived(logger, this.GetPrimaryKeyString(), "cancel", _order.Venue);
            Record(outcome.Events);
            await CommitChangesAsync();
            await CancelIfAskedAsync();
        }
    }

    /// <summary>
    /// A cancel or replace the venue took without answering yet (an asynchronous venue answers over its session): if it
    /// is still unanswered after <see cref="OrderRecoveryOptions.RequestAnsweredWithin"/>, the venue is asked for the
    /// order's status, which brings in what the venue did and settles a cancel that never arrived
    /// (<see cref="SettleUnansweredRequestAsync"/>).
    /// </summary>
    private void CheckAnsweredLater(ClientOrderId requestId)
    {
        if (_order is not { IsTerminal: false, PendingRequest: { } pending } || pending.ClientOrderId != requestId)
        {
            return;
        }

        _requestCheck?.Dispose();
        _requestCheck = this.RegisterGrainTimer(
            _ => _order is { IsTerminal: false, PendingRequest: { } stillPending } && stillPending.ClientOrderId == requestId
                ? RecoverFromVenueAsync()
                : Task.CompletedTask,
            new GrainTimerCreationOptions(recovery.RequestAnsweredWithin, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    /// <summary>
    /// The venue could not be asked (or sent to): ask again after a delay that doubles up to
    /// <see cref="OrderRecoveryOptions.MaxRetryVenueAfter"/>, for as long as the order is open (the waiting timer keeps
    /// the activation in memory; a new activation after a silo failure starts with the same question).
    /// </summary>
    private void ScheduleVenueRecovery()
    {
        if (_order is not { IsTerminal: false })
        {
            return;
        }

        _venueRecovery?.Dispose();
        _venueRecovery = this.RegisterGrainTimer(
            _ => _order is { IsTerminal: false } ? RecoverFromVenueAsync() : Task.CompletedTask,
            new GrainTimerCreationOptions(_venueRetryDelay, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        _venueRetryDelay = TimeSpan.FromTicks(Math.Min(_venueRetryDelay.Ticks * 2, recovery.MaxRetryVenueAfter.Ticks));
    }

    /// <summary>Sent (or about to be) but never acknowledged by the venue.</summary>
    private bool IsUnacknowledged => _order is { Status: OrderStatus.PendingNew, VenueOrderId: null };

    private bool HasUnconfirmed => _stored.State.UnconfirmedFills.Count > 0 || _stored.State.AccountConfirmedVersion < _stored.State.Changes.Count;

    private int NextVersion => _stored.State.Changes.Count + 1;

    private async Task AfterVenueInputAsync(ExecutionOutcome outcome)
    {
        if (outcome.Kind is ExecutionOutcomeKind.Overfill or ExecutionOutcomeKind.CumQtyMismatch or ExecutionOutcomeKind.Refused)
        {
            LogExecutionProblem(logger, this.GetPrimaryKeyString(), outcome.Kind, outcome.Message ?? "");
        }

        if (outcome.StateChanged)
        {
            Record(outcome.Events);
        }

        if (outcome.StateChanged || HasUnconfirmed)
        {
            await CommitChangesAsync();
        }

        if (outcome.Kind == ExecutionOutcomeKind.CumQtyMismatch && !_order!.IsTerminal)
        {
            // a report arrived ahead of one it builds on: the venue's history, applied in order, settles it
            await RecoverFromVenueAsync();
        }

        await CancelIfAskedAsync();
    }

    /// <summary>
    /// Sends the cancel someone asked for while another request was in flight, once nothing is pending any more. Once
    /// only: a venue that refuses it as well leaves the order working, visibly, for people to decide.
    /// </summary>
    private async Task CancelIfAskedAsync()
    {
        if (_stored.State.CancelWhenAnsweredBy is not { } actor || _order is null || _order.PendingRequest is not null)
        {
            return;
        }

        _stored.State.CancelWhenAnsweredBy = null;
        if (!_order.IsTerminal)
        {
            await Cancel(actor);
        }
    }

    private async Task ApplyVenueResponseAsync(VenueResponse response, string refusalPrefix)
    {
        if (VenueAnswers.Apply(_order!, response, refusalPrefix, clock.UtcNow, events => Record(events)))
        {
            await CommitChangesAsync();
        }

        await CancelIfAskedAsync();
    }

    /// <summary>Numbers and keeps the changes; a cancel or replace request is journaled with who asked for it.</summary>
    private void Record(IReadOnlyList<DomainOrderEvent> events, string? requestedBy = null)
    {
        foreach (var e in events)
        {
            if (OrderChanges.From(e, NextVersion, _order!.Status) is { } change)
            {
                _stored.State.Changes.Add(requestedBy is not null && change.Kind is OrderEventKind.CancelRequested or OrderEventKind.ReplaceRequested
                    ? change with { Text = $"requested by {requestedBy}" }
                    : change);
            }
        }
    }

    /// <summary>
    /// Makes the order's new changes durable. Normally its account journals them, and that journal entry (with the
    /// order's record) is the order's only durable record: the grain writes nothing of its own. Only when the account
    /// cannot take them now does the grain store its state, which then holds what the account has not confirmed until
    /// a retry delivers it.
    /// </summary>
    private async Task CommitChangesAsync()
    {
        if (!await PropagateAsync())
        {
            await SaveAsync();
        }
    }

    /// <summary>
    /// Stores the order's own state: only while its account has not confirmed everything (or to keep a cancel waiting
    /// for an answer). If that fails, the activation ends, and the next one starts again from what is stored or
    /// journaled and from the venue. (Orleans already ends the activation on a version conflict; this covers every
    /// other storage failure.)
    /// </summary>
    private async Task SaveAsync()
    {
        _stored.State.Order = _order!.ToSnapshot();
        try
        {
            await _stored.WriteAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSaveFailed(logger, ex, this.GetPrimaryKeyString());
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>
    /// Sends unconfirmed changes to the account, which journals them and hands their fills to the position (ADR 0001).
    /// The account ignores versions it already has; on failure nothing is lost — the next repair (activation, a
    /// redelivered report, a duplicate submission, or the account's recovery sweep) sends them again.
    /// </summary>
    private async Task<bool> PropagateAsync(bool recordOnly = false)
    {
        // fills listed as unconfirmed in state stored before positions followed the journal: the position rebuilds
        // from the account's journal, which has (or is about to get, below) every fill of the order
        _stored.State.UnconfirmedFills.Clear();
        var changes = _stored.State.Changes.Where(c => c.Version > _stored.State.AccountConfirmedVersion).ToImmutableArray();
        var send = !changes.IsEmpty || recordOnly || _stored.RecordExists;
        try
        {
            if (send)
            {
                await Account(_order!.Account).RecordProgress(new OrderProgress(View(), changes, CurrentRecord()));
            }
        }
        catch (OrderVersionConflictException)
        {
            // this copy of the order is stale: it must not store or send anything more (what it stored of its own is
            // that copy too); the next call rebuilds the order from the journal (a report that brought it here is
            // delivered again, and deduplicated by ExecID)
            LogStaleCopy(logger, this.GetPrimaryKeyString());
            _order = null;
            DeactivateOnIdle();
            await ForgetStoredStateAsync();
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPropagationFailed(logger, ex, this.GetPrimaryKeyString());
            await ScheduleRetryAsync();
            return false;
        }

        if (!changes.IsEmpty)
        {
            _stored.State.AccountConfirmedVersion = Math.Max(_stored.State.AccountConfirmedVersion, changes[^1].Version);
        }

        if (!HasUnconfirmed)
        {
            await StopRetryingAsync();
            if (send)
            {
                await ForgetStoredStateAsync(); // the account's row holds the record now
            }

            if (_order!.IsTerminal && _activated)
            {
                // Finished and journaled: nothing more will happen to it, so it leaves memory now rather than after
                // the idle collection age (at a sustained 1,500 orders/s that age kept over a million finished orders,
                // ~7 KiB each, in memory). A later call rebuilds it from its account's journal. Not while activating,
                // so that the call that woke it is answered by this activation rather than bounced to the next.
                DeactivateOnIdle();
            }
        }

        return true;
    }

    /// <summary>
    /// Removes state this grain stored while its account was behind, once the account has journaled everything: from
    /// then on the journal is the order's record again. Failing to remove it is harmless — an activation that finds
    /// stored state older than the journal continues from the journal (<see cref="OnActivateAsync"/>).
    /// </summary>
    private async Task ForgetStoredStateAsync()
    {
        if (!_stored.RecordExists)
        {
            return;
        }

        try
        {
            await _stored.ClearAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogForgetFailed(logger, ex, this.GetPrimaryKeyString());
        }
    }

    /// <summary>The order as its account journals it with each change: what a later activation continues from.</summary>
    private OrderRecord CurrentRecord() =>
        new(Request!, _order!.ToSnapshot(), [.. _stored.State.Changes], _stored.State.RequestCount, _stored.State.CancelWhenAnsweredBy);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != PropagationReminder)
        {
            return;
        }

        _reminderRegistered = true;
        if (await LoadAsync() && HasUnconfirmed)
        {
            await PropagateAsync();
        }
        else
        {
            await StopRetryingAsync();
        }
    }

    /// <summary>
    /// A receiver could not be reached (its silo died and the cluster has not yet noticed): retry soon on a timer,
    /// backing off, and keep a reminder as the durable backstop in case this activation dies before then.
    /// </summary>
    private async Task ScheduleRetryAsync()
    {
        _retry?.Dispose();
        _retry = this.RegisterGrainTimer(RetryPropagationAsync, new GrainTimerCreationOptions(_retryDelay, Timeout.InfiniteTimeSpan));
        _retryDelay = TimeSpan.FromTicks(Math.Min(_retryDelay.Ticks * 2, _maxRetry.Ticks));
        if (!_reminderRegistered)
        {
            try
            {
                await this.RegisterOrUpdateReminder(PropagationReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
                _reminderRegistered = true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogReminderFailed(logger, ex, this.GetPrimaryKeyString());
            }
        }
    }

    private Task RetryPropagationAsync(CancellationToken cancellationToken) =>
        _order is not null && HasUnconfirmed ? PropagateAsync() : StopRetryingAsync();

    private async Task StopRetryingAsync()
    {
        _retry?.Dispose();
        _retry = null;
        _retryDelay = _firstRetry;
        if (!_reminderRegistered)
        {
            return;
        }

        try
        {
            if (await this.GetReminder(PropagationReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            _reminderRegistered = false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogReminderFailed(logger, ex, this.GetPrimaryKeyString());
        }
    }

    private OrderView View() => OrderViews.Build(Request!, _order!, _stored.State.Changes, _order!.TsLastUpdate);

    private IAccountGrain Account(AccountId account) => GrainFactory.GetGrainByKey<IAccountGrain>(account.Value);

    private IVenueGatewayGrain Venue() => GrainFactory.GetGrainByKey<IVenueGatewayGrain>(_order!.Venue.Value);

    private Refusal NotFound() =>
        new("ORDER_NOT_FOUND", $"No order {this.GetPrimaryKeyString().Replace('|', '/')} exists.", RefusalKind.NotFound);

    private static Refusal Refused(KernelCommandResult result) =>
        new(result.Errors[0].Code, string.Join(" ", result.Errors.Select(e => e.Message)), RefusalKind.FailedPrecondition);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {Order}: venue {Venue} did not confirm a request; reconciliation will settle it")]
    private static partial void LogVenueUnconfirmed(ILogger logger, Exception exception, string order, VenueId venue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {Order}: the {Request} request never reached {Venue}; the order is back to its status before it")]
    private static partial void LogRequestNotReceived(ILogger logger, string order, string request, VenueId venue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {Order}: {Venue} has no record of it; sending it again (same ClOrdID)")]
    private static partial void LogResending(ILogger logger, string order, VenueId venue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {Order}: status request to {Venue} refused: {Reason}")]
    private static partial void LogRecoveryRefused(ILogger logger, string order, VenueId venue, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Execution report {ExecId} for unknown order {Order} ignored")]
    private static partial void LogUnknownOrder(ILogger logger, string order, string execId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Order {Order}: {Kind} — {Message}")]
    private static partial void LogExecutionProblem(ILogger logger, string order, ExecutionOutcomeKind kind, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Order {Order}: {Venue} does not know the order although it is {Status}")]
    private static partial void LogDiscrepancy(ILogger logger, string order, VenueId venue, OrderStatus status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Order {Order}: its grain has no state and its account's journal shows it at version {Version} ({Status}), which cannot be rebuilt; an operator must resolve it")]
    private static partial void LogUnrecoverable(ILogger logger, string order, int version, OrderStatus status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Order {Order}: storing the order failed; this activation ends and the next one reloads it")]
    private static partial void LogSaveFailed(ILogger logger, Exception exception, string order);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {Order}: the state stored while its account was unreachable could not be removed; the journal supersedes it")]
    private static partial void LogForgetFailed(ILogger logger, Exception exception, string order);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {Order}: the propagation reminder could not be registered or removed")]
    private static partial void LogReminderFailed(ILogger logger, Exception exception, string order);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {Order}: propagation to position/account failed; it will be retried")]
    private static partial void LogPropagationFailed(ILogger logger, Exception exception, string order);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {Order}: this copy is stale (its account journaled other versions); it leaves memory and reloads")]
    private static partial void LogStaleCopy(ILogger logger, string order);
}
